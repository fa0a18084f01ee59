package dev.skyway.portal.compliance.internal.evidence;

import static dev.skyway.schema.compliance.Tables.ATTESTATION;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.compliance.EvidencePack;
import dev.skyway.portal.compliance.EvidenceReceipt.PackedFile;
import dev.skyway.portal.compliance.internal.AccountScopes;
import dev.skyway.portal.compliance.internal.frameworks.ControlMappings;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.platform.audit.AuditEntry;
import dev.skyway.portal.platform.audit.ChainVerification;
import dev.skyway.schema.compliance.tables.records.FindingImportRecord;
import dev.skyway.schema.compliance.tables.records.WaiverRecord;

/**
 * Writes a pack into a stream as a ZIP, table by table (CSV, then JSON), then the manifest. Everything is read in one
 * repeatable-read transaction, so the scores, findings, waivers, attestations and ledger entries are of one moment;
 * findings stream from a cursor, so a pack of any size goes out in constant memory.
 */
@Service
public class EvidencePackWriter {

    /** @param chainHeadSeq the ledger's last entry as the pack read it (0 when the ledger was empty) */
    public record Written(List<PackedFile> files, String manifestSha256, long chainHeadSeq) {
    }

    private final EvidenceQueries queries;
    private final EvidenceScores scores;
    private final EvidenceLedger ledger;
    private final FrameworkRows frameworks;
    private final ControlMappings mappings;
    private final AccountScopes scopes;

    EvidencePackWriter(EvidenceQueries queries, EvidenceScores scores, EvidenceLedger ledger,
                       FrameworkRows frameworks, ControlMappings mappings, AccountScopes scopes) {
        this.queries = queries;
        this.scores = scores;
        this.ledger = ledger;
        this.frameworks = frameworks;
        this.mappings = mappings;
        this.scopes = scopes;
    }

    /** @param verification the ledger's chain check made just before (recorded in the manifest) */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Written write(EvidencePack pack, ChainVerification verification, OutputStream out) throws IOException {
        LocalDate today = LocalDate.ofInstant(pack.createdAt(), ZoneOffset.UTC);
        EvidenceScores.Scores scored = scores.of(pack.framework().id(), pack.accounts(), today);
        List<WaiverRecord> waivers = queries.waivers(scored.controlKeys(), pack.accounts());
        List<Record> attestations = queries.attestations(pack.framework().id(), pack.accounts());
        List<FindingImportRecord> imports = queries.imports(scored.controlKeys(), pack.accounts());

        Map<String, String> processes = new HashMap<>();
        waivers.stream().filter(w -> w.getApprovalProcessId() != null)
                .forEach(w -> processes.put(w.getApprovalProcessId().toString(), "waiver " + w.getId()));
        attestations.stream().filter(a -> a.get(ATTESTATION.APPROVAL_PROCESS_ID) != null)
                .forEach(a -> processes.put(a.get(ATTESTATION.APPROVAL_PROCESS_ID).toString(),
                        "attestation " + a.get(ATTESTATION.ID)));
        Map<String, String> importIds = new LinkedHashMap<>();
        imports.forEach(i -> importIds.put(i.getId().toString(), "import " + i.getId()));
        List<EvidenceLedger.Vouching> entries = ledger.entries(processes, importIds,
                pack.framework().id().toString());
        @Nullable AuditEntry head = ledger.head();
        Map<String, String> seqsByTarget = entries.stream().collect(Collectors.groupingBy(
                v -> v.entry().targetId(), TreeMap::new, Collectors.mapping(v -> String.valueOf(v.entry().seq()),
                        Collectors.joining(" "))));

        EvidenceZip zip = new EvidenceZip(out, pack.createdAt());
        both(zip, EvidenceTables.scores(scopes.inventory()), scored.scores()::stream);
        both(zip, EvidenceTables.requirements(queries.requirements(pack.framework().id())),
                scored.requirements()::stream);
        both(zip, EvidenceTables.findings(requirementsByControl(pack)),
                () -> queries.findings(scored.controlKeys(), pack.accounts(), today));
        both(zip, EvidenceTables.waivers(seqsByTarget), waivers::stream);
        both(zip, EvidenceTables.attestations(seqsByTarget), attestations::stream);
        List<PackedFile> files = zip.files();
        byte[] manifest = EvidenceManifest.json(pack, files, imports, entries, head, verification);
        PackedFile written = zip.add("manifest.json", o -> {
            o.write(manifest);
            return 0;
        });
        zip.finish();
        return new Written(zip.files(), written.sha256(), head == null ? 0 : head.seq());
    }

    /** The table as name.csv and name.json; {@code rows} is read once for each. */
    private static <T> void both(EvidenceZip zip, EvidenceTable<T> table, Supplier<Stream<T>> rows)
            throws IOException {
        try (Stream<T> csv = rows.get()) {
            zip.add(table.name() + ".csv", o -> table.csv(csv, o));
        }
        try (Stream<T> json = rows.get()) {
            zip.add(table.name() + ".json", o -> table.json(json, o));
        }
    }

    /** Control key → the framework's requirements checking it, for the findings' {@code requirements} column. */
    private Map<String, List<String>> requirementsByControl(EvidencePack pack) {
        ControlMappings.Keys keys = mappings.keys();
        Map<String, List<String>> byControl = new HashMap<>();
        for (FrameworkRows.RequirementChecks requirement : frameworks.requirements(pack.framework().id())) {
            requirement.checks().stream().map(keys::of).distinct().forEach(key -> byControl
                    .computeIfAbsent(key, k -> new ArrayList<>()).add(requirement.id()));
        }
        return byControl;
    }
}
