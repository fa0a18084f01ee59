package dev.skyway.portal.cost.internal;

import dev.skyway.portal.cost.internal.sandbox.FocusGenerator;

/** Told when the sandbox's cost data is in, to seed what goes with it (the sandbox's savings recommendations). */
public interface SandboxSeedListener {

    void seeded(FocusGenerator generator);
}
