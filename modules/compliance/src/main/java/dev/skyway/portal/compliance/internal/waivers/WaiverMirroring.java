package dev.skyway.portal.compliance.internal.waivers;

import dev.skyway.portal.compliance.Waiver;

/**
 * Shows a waiver where the findings come from: in AWS mode, Security Hub's findings it covers are suppressed while it
 * is active; in sandbox mode nothing is mirrored (and nothing calls AWS). A failure is recorded, never thrown: the
 * portal's own state (and score) is what counts.
 */
public interface WaiverMirroring {

    /** Sandbox mode: nothing to mirror. */
    WaiverMirroring NONE = new WaiverMirroring() {
        @Override
        public void activated(Waiver waiver, String approvedBy) {
        }

        @Override
        public void ended(Waiver waiver, String why) {
        }
    };

    void activated(Waiver waiver, String approvedBy);

    /** @param why e.g. {@code expired on 2026-09-30} or {@code was revoked} */
    void ended(Waiver waiver, String why);
}
