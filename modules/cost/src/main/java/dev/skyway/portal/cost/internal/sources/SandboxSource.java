package dev.skyway.portal.cost.internal.sources;

/** Sandbox mode: the generator seeded the cost data on first start; there is nothing to pull. */
class SandboxSource implements CostSource {

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public Pulled pull() {
        return new Pulled(0, "Sandbox: the generated cost data is seeded on first start");
    }
}
