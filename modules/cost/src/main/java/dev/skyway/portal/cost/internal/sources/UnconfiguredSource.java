package dev.skyway.portal.cost.internal.sources;

/** AWS mode without a source set up (no exports bucket): the sync says what to configure instead of failing. */
class UnconfiguredSource implements CostSource {

    private final String missing;

    UnconfiguredSource(String missing) {
        this.missing = missing;
    }

    @Override
    public String name() {
        return "aws:none";
    }

    @Override
    public Pulled pull() {
        throw new IllegalStateException("No cost source is configured: set " + missing);
    }
}
