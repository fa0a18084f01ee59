package dev.skyway.portal.compliance.internal.drift;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A stack as the drift page shows it: its last finished check (absent before the first one finished), a check under
 * way, and the resources the last check found drifted.
 */
public record StackDrift(@Nullable DriftCheck last, @Nullable DriftCheck running, List<DriftedResource> drifted) {

    public StackDrift {
        drifted = List.copyOf(drifted);
        if (last == null && running == null) {
            throw new IllegalArgumentException("A stack on the drift page has at least one check");
        }
    }

    /** The check that names the stack: the last finished one, else the running one. */
    public DriftCheck stack() {
        return last != null ? last : running;
    }

    /** {@code IN_PROGRESS} while the first check runs; else the last check's stack drift status (or FAILED). */
    public String status() {
        if (last == null) {
            return "IN_PROGRESS";
        }
        if (DriftCheck.FAILED.equals(last.status()) && last.stackDriftStatus() == null) {
            return "FAILED";
        }
        return last.stackDriftStatus() == null ? "UNKNOWN" : last.stackDriftStatus();
    }
}
