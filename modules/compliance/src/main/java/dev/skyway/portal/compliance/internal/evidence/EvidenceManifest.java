package dev.skyway.portal.compliance.internal.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.EvidencePack;
import dev.skyway.portal.compliance.EvidenceReceipt.PackedFile;
import dev.skyway.portal.platform.audit.AuditEntry;
import dev.skyway.portal.platform.audit.ChainVerification;
import dev.skyway.schema.compliance.tables.records.FindingImportRecord;

import tools.jackson.databind.json.JsonMapper;

/**
 * The pack's manifest.json: what the pack is, each file with its SHA-256, the imports its findings came from, the
 * audit-ledger entries that vouch for its waivers, attestations, imports and framework (ids and hashes), the chain's
 * head when the pack was read, and the chain's verification just before.
 */
final class EvidenceManifest {

    static final String FORMAT = "skyway-compliance-evidence/1";
    static final String EXPORT_ACTION = "compliance.evidence-exported";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvidenceManifest() {
    }

    static byte[] json(EvidencePack pack, List<PackedFile> files, List<FindingImportRecord> imports,
                       List<EvidenceLedger.Vouching> entries, @Nullable AuditEntry head,
                       ChainVerification verification) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("exportId", pack.exportId().toString());
        manifest.put("createdAt", pack.createdAt().toString());
        manifest.put("createdBy", pack.requestedBy());
        manifest.put("framework", Map.of("id", pack.framework().id().toString(), "framework",
                pack.framework().framework(), "name", pack.framework().name(), "version", pack.framework().version(),
                "provider", pack.framework().provider()));
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("description", pack.scope());
        scope.put("accountId", pack.accountId());
        scope.put("teamId", pack.team());
        scope.put("accounts", pack.accounts() == null ? "all" : pack.accounts().stream().sorted().toList());
        manifest.put("scope", scope);
        manifest.put("files", files.stream().map(f -> Map.of("name", f.name(), "sha256", f.sha256(), "bytes",
                f.bytes(), "rows", f.rows())).toList());
        manifest.put("imports", imports.stream().map(EvidenceManifest::importEntry).toList());
        Map<String, Object> ledger = new LinkedHashMap<>();
        ledger.put("chainHead", head == null ? null : Map.of("seq", head.seq(), "hash", head.hash(),
                "occurredAt", head.occurredAt().toString()));
        ledger.put("verification", verification(verification));
        ledger.put("entries", entries.stream().map(EvidenceManifest::entry).toList());
        ledger.put("export", "this export is recorded after the pack as " + EXPORT_ACTION + " on evidence-pack "
                + pack.exportId() + ", with this manifest's SHA-256 (manifestSha256) and the files' hashes");
        manifest.put("ledger", ledger);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    }

    private static Map<String, Object> importEntry(FindingImportRecord i) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", i.getId().toString());
        entry.put("origin", i.getOrigin());
        entry.put("format", i.getFormat());
        entry.put("source", i.getSource());
        entry.put("fileName", i.getFileName());
        entry.put("fileSha256", i.getFileSha256());
        entry.put("findings", i.getFindingCount());
        entry.put("requestedBy", i.getRequestedBy());
        entry.put("startedAt", i.getStartedAt().toInstant().toString());
        entry.put("finishedAt", i.getFinishedAt() == null ? null : i.getFinishedAt().toInstant().toString());
        return entry;
    }

    private static Map<String, Object> entry(EvidenceLedger.Vouching v) {
        AuditEntry e = v.entry();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("seq", e.seq());
        entry.put("hash", e.hash());
        entry.put("prevHash", e.prevHash());
        entry.put("keyId", e.keyId());
        entry.put("occurredAt", e.occurredAt().toString());
        entry.put("actor", e.actorName() != null ? e.actorName() : e.actorSubject());
        entry.put("action", e.action());
        entry.put("targetType", e.targetType());
        entry.put("targetId", e.targetId());
        entry.put("vouchesFor", v.vouchesFor());
        return entry;
    }

    private static Map<String, Object> verification(ChainVerification v) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("intact", v.intact());
        result.put("checked", v.checked());
        result.put("legacyEntries", v.legacyEntries());
        result.put("anchorSeq", v.anchorSeq());
        result.put("verifiedAt", v.verifiedAt().toString());
        if (!v.intact()) {
            result.put("brokenAtSeq", v.brokenAtSeq());
            result.put("problem", v.problem());
        }
        return result;
    }
}
