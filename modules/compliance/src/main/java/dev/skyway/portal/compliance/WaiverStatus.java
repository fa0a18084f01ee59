package dev.skyway.portal.compliance;

/**
 * Where a waiver (or an attestation) stands, and the only ways it moves: a request waits for security's approval and
 * becomes active or rejected; an active one ends when it expires or is revoked; a pending one may be withdrawn.
 * Only {@link #ACTIVE} takes findings out of the score (until its expiry day, inclusive).
 */
public enum WaiverStatus {
    PENDING_APPROVAL, ACTIVE, REJECTED, EXPIRED, REVOKED, WITHDRAWN;

    /** @throws WaiverStateException unless pending */
    public WaiverStatus approve() {
        return move(PENDING_APPROVAL, ACTIVE, "approved");
    }

    /** @throws WaiverStateException unless pending */
    public WaiverStatus reject() {
        return move(PENDING_APPROVAL, REJECTED, "rejected");
    }

    /** @throws WaiverStateException unless active */
    public WaiverStatus expire() {
        return move(ACTIVE, EXPIRED, "expired");
    }

    /** Active: revoked; pending: withdrawn (its approval is taken back). @throws WaiverStateException otherwise */
    public WaiverStatus revoke() {
        if (this == PENDING_APPROVAL) {
            return WITHDRAWN;
        }
        return move(ACTIVE, REVOKED, "revoked");
    }

    /** Nothing moves it any more. */
    public boolean isFinal() {
        return this != PENDING_APPROVAL && this != ACTIVE;
    }

    private WaiverStatus move(WaiverStatus from, WaiverStatus to, String verb) {
        if (this != from) {
            throw new WaiverStateException("A " + name() + " waiver cannot be " + verb + "; only a " + from.name()
                    + " one can");
        }
        return to;
    }
}
