package dev.skyway.portal.compliance.internal.evidence;

import static dev.skyway.schema.compliance.Tables.ATTESTATION;
import static dev.skyway.schema.compliance.Tables.ATTESTATION_EVIDENCE;
import static dev.skyway.schema.compliance.Tables.FINDING;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jooq.Record;
import org.jspecify.annotations.Nullable;

import dev.skyway.portal.accounts.Account;
import dev.skyway.schema.compliance.tables.records.RequirementRecord;
import dev.skyway.schema.compliance.tables.records.WaiverRecord;

/** The pack's five tables and their columns (the same names in the CSV header and the JSON objects). */
final class EvidenceTables {

    private EvidenceTables() {
    }

    static EvidenceTable<EvidenceScores.ScoreRow> scores(Map<String, Account> inventory) {
        Function<EvidenceScores.ScoreRow, @Nullable Account> account = row -> inventory.get(row.key());
        return new EvidenceTable<EvidenceScores.ScoreRow>("scores")
                .column("scope", EvidenceScores.ScoreRow::kind)
                .column("accountId", row -> row.key().isEmpty() ? null : row.key())
                .column("accountName", row -> account.apply(row) == null ? null : account.apply(row).name())
                .column("ownerTeam", row -> account.apply(row) == null ? null : account.apply(row).ownerTeam())
                .column("score", row -> row.counts().score())
                .column("passed", row -> row.counts().passed())
                .column("failed", row -> row.counts().failed())
                .column("manual", row -> row.counts().manual())
                .column("notAvailable", row -> row.counts().notAvailable());
    }

    static EvidenceTable<EvidenceScores.RequirementRow> requirements(Map<String, RequirementRecord> stored) {
        Function<EvidenceScores.RequirementRow, @Nullable RequirementRecord> requirement =
                row -> stored.get(row.result().id());
        return new EvidenceTable<EvidenceScores.RequirementRow>("requirements")
                .column("requirementId", row -> row.result().id())
                .column("name", row -> requirement.apply(row) == null ? null : requirement.apply(row).getName())
                .column("section", row -> requirement.apply(row) == null ? null
                        : requirement.apply(row).getSection())
                .column("assessment", EvidenceScores.RequirementRow::assessment)
                .column("checks", row -> String.join(" ", row.checks()))
                .column("status", row -> row.result().status())
                .column("countsInScore", row -> row.result().withData());
    }

    /** @param requirements control key → the framework's requirement ids checking it */
    static EvidenceTable<Record> findings(Map<String, List<String>> requirements) {
        return new EvidenceTable<Record>("findings")
                .column("id", r -> r.get(FINDING.ID))
                .column("accountId", r -> r.get(FINDING.ACCOUNT_ID))
                .column("region", r -> r.get(FINDING.REGION))
                .column("resourceId", r -> r.get(FINDING.RESOURCE_ID))
                .column("resourceType", r -> r.get(FINDING.RESOURCE_TYPE))
                .column("source", r -> r.get(FINDING.SOURCE))
                .column("controlId", r -> r.get(FINDING.CONTROL_ID))
                .column("controlKey", r -> r.get(FINDING.CONTROL_KEY))
                .column("requirements", r -> String.join(" ", requirements.getOrDefault(r.get(FINDING.CONTROL_KEY),
                        List.of())))
                .column("title", r -> r.get(FINDING.TITLE))
                .column("severity", r -> r.get(FINDING.SEVERITY))
                .column("status", r -> r.get(FINDING.STATUS))
                .column("waived", r -> Boolean.TRUE.equals(r.get(EvidenceQueries.WAIVED)))
                .column("muted", r -> r.get(FINDING.MUTED))
                .column("duplicateOf", r -> r.get(FINDING.DUPLICATE_OF))
                .column("firstSeen", r -> r.get(FINDING.FIRST_SEEN))
                .column("lastSeen", r -> r.get(FINDING.LAST_SEEN))
                .column("lastImportId", r -> r.get(FINDING.LAST_IMPORT_ID))
                .column("remediationUrl", r -> r.get(FINDING.REMEDIATION_URL));
    }

    /** @param ledger approval process id → the sequence numbers of the ledger entries about it */
    static EvidenceTable<WaiverRecord> waivers(Map<String, String> ledger) {
        return new EvidenceTable<WaiverRecord>("waivers")
                .column("id", WaiverRecord::getId)
                .column("accountId", WaiverRecord::getAccountId)
                .column("controlId", WaiverRecord::getControlId)
                .column("controlKey", WaiverRecord::getControlKey)
                .column("resourceId", WaiverRecord::getResourceId)
                .column("reason", WaiverRecord::getReason)
                .column("compensatingControl", WaiverRecord::getCompensatingControl)
                .column("expiresOn", WaiverRecord::getExpiresOn)
                .column("status", WaiverRecord::getStatus)
                .column("requester", WaiverRecord::getRequester)
                .column("requestedAt", WaiverRecord::getRequestedAt)
                .column("decidedBy", WaiverRecord::getDecidedBy)
                .column("decidedAt", WaiverRecord::getDecidedAt)
                .column("decisionComment", WaiverRecord::getDecisionComment)
                .column("endedAt", WaiverRecord::getExpiredAt)
                .column("approvalProcessId", WaiverRecord::getApprovalProcessId)
                .column("ledgerEntries", w -> w.getApprovalProcessId() == null ? null
                        : ledger.get(w.getApprovalProcessId().toString()));
    }

    static EvidenceTable<Record> attestations(Map<String, String> ledger) {
        return new EvidenceTable<Record>("attestations")
                .column("id", r -> r.get(ATTESTATION.ID))
                .column("requirementId", r -> r.get(ATTESTATION.REQUIREMENT_ID))
                .column("accountId", r -> r.get(ATTESTATION.ACCOUNT_ID))
                .column("statement", r -> r.get(ATTESTATION.STATEMENT))
                .column("evidenceUrl", r -> r.get(ATTESTATION.EVIDENCE_URL))
                .column("evidenceFile", r -> r.get(ATTESTATION_EVIDENCE.FILE_NAME))
                .column("evidenceSha256", r -> r.get(ATTESTATION_EVIDENCE.SHA256))
                .column("validUntil", r -> r.get(ATTESTATION.VALID_UNTIL))
                .column("status", r -> r.get(ATTESTATION.STATUS))
                .column("attester", r -> r.get(ATTESTATION.ATTESTER))
                .column("attestedAt", r -> r.get(ATTESTATION.ATTESTED_AT))
                .column("decidedBy", r -> r.get(ATTESTATION.DECIDED_BY))
                .column("decidedAt", r -> r.get(ATTESTATION.DECIDED_AT))
                .column("decisionComment", r -> r.get(ATTESTATION.DECISION_COMMENT))
                .column("approvalProcessId", r -> r.get(ATTESTATION.APPROVAL_PROCESS_ID))
                .column("ledgerEntries", r -> r.get(ATTESTATION.APPROVAL_PROCESS_ID) == null ? null
                        : ledger.get(r.get(ATTESTATION.APPROVAL_PROCESS_ID).toString()));
    }
}
