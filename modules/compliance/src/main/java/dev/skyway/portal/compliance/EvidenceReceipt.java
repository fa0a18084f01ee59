package dev.skyway.portal.compliance;

import java.util.List;
import java.util.UUID;

/**
 * What an evidence pack held once written: each file with its SHA-256, and the manifest's own SHA-256, which the
 * audit-ledger entry recording the export keeps.
 *
 * @param chainHeadSeq the audit ledger's last entry when the pack was read
 * @param ledgerSeq    the ledger entry that records the export
 */
public record EvidenceReceipt(UUID exportId, List<PackedFile> files, String manifestSha256, long chainHeadSeq,
                              long ledgerSeq) {

    /** @param rows data rows (0 for the manifest) */
    public record PackedFile(String name, String sha256, long bytes, long rows) {
    }
}
