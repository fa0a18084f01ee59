package dev.skyway.portal.cost.internal.sources;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.jobs.SyncJob;

/**
 * The {@code cost} sync: the chosen source pulls and stores in {@link #fetch()} (imports replace their periods in
 * transactions of their own), so the runner's status shows when cost data last arrived and why it failed.
 */
public class CostSourceSync implements SyncJob<CostSource.Pulled> {

    public static final String NAME = "cost";

    private final CostSource source;

    public CostSourceSync(CostSource source) {
        this.source = source;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return source.name();
    }

    @Override
    public CostSource.Pulled fetch() {
        return source.pull();
    }

    @Override
    public SyncOutcome store(CostSource.Pulled fetched) {
        return new SyncOutcome(fetched.periods(), fetched.message());
    }

    @Override
    public @Nullable SyncFailure explain(RuntimeException e) {
        if (e instanceof AwsCallException aws) {
            return new SyncFailure(aws.getMessage(), aws.failure().requestId());
        }
        if (e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
            return new SyncFailure(e.getMessage(), null);
        }
        return null;
    }
}
