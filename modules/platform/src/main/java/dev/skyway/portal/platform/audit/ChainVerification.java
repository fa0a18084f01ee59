package dev.skyway.portal.platform.audit;

import java.time.Instant;

/**
 * Result of checking the ledger's hash chain.
 *
 * @param intact      true when every link holds
 * @param checked     how many entries were checked
 * @param brokenAtSeq the sequence number of the first broken link; null when intact
 * @param problem     what is wrong there, in plain words; null when intact
 * @param verifiedAt  when the check ran
 */
public record ChainVerification(boolean intact, long checked, Long brokenAtSeq, String problem, Instant verifiedAt) {

    public static ChainVerification intact(long checked, Instant at) {
        return new ChainVerification(true, checked, null, null, at);
    }

    public static ChainVerification broken(long checked, long seq, String problem, Instant at) {
        return new ChainVerification(false, checked, seq, problem, at);
    }
}
