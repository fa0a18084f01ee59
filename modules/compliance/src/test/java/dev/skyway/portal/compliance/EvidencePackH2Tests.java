package dev.skyway.portal.compliance;

import static dev.skyway.portal.compliance.WaiverLifecycleH2Tests.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.platform.audit.AuditEntry;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditQuery;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.ComplianceTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An evidence pack opened as an auditor would: after a Prowler import, an approved waiver and an approved
 * attestation, the CIS pack of one account holds the ten tables and a manifest whose hashes match the files' bytes,
 * the rows the facades report, and the audit-ledger entries (ids and hashes) of the waiver's and attestation's
 * approvals and of the import; the export is then in the ledger with the manifest's hash.
 */
@SpringBootTest(classes = ComplianceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class EvidencePackH2Tests {

    static final String PAYMENTS = "382272806015";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> TABLES = List.of("scores", "requirements", "findings", "waivers", "attestations");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    ComplianceEvidence evidence;

    @Autowired
    ComplianceWaivers waivers;

    @Autowired
    ComplianceAttestations attestations;

    @Autowired
    ComplianceImports imports;

    @Autowired
    ComplianceFindings findings;

    @Autowired
    ComplianceFrameworks frameworks;

    @Autowired
    ComplianceScores scores;

    @Autowired
    Approvals approvals;

    @Autowired
    AuditLedger ledger;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    FindingImport imported;

    @BeforeEach
    void oneProwlerScan() throws Exception {
        for (String table : List.of("finding_event", "waiver_mirror", "waiver", "attestation", "finding",
                "finding_import")) {
            jdbc.update("delete from compliance." + table);
        }
        clock.set(Instant.parse("2025-12-05T08:00:00Z"));
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        TestUsers.loginAs("sam", Role.SECURITY);
        try (InputStream in = getClass().getResourceAsStream("/findings/prowler-ocsf.json")) {
            FindingImport started = imports.upload(in, UploadType.JSON, "prowler-ocsf.json", true);
            imported = await(() -> imports.find(started.id()).orElseThrow(),
                    i -> !FindingImport.RUNNING.equals(i.status()));
        }
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
        clock.reset();
    }

    @Test
    void anAccountsPackHoldsEveryTableTwiceAndAManifestWhoseHashesMatch() throws Exception {
        Framework cis = frameworks.all().stream().filter(f -> f.framework().equals("CIS")).findFirst().orElseThrow();
        Waiver waiver = approvedWaiver();
        Attestation attestation = approvedAttestation(cis);

        EvidencePack pack = evidence.plan(cis.id(), PAYMENTS, null);
        assertThat(pack.fileName()).isEqualTo("evidence-cis-3.0-account-382272806015-2025-12-05.zip");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidenceReceipt receipt = evidence.write(pack, out);

        Map<String, byte[]> zip = unzip(out.toByteArray());
        assertThat(zip.keySet()).containsExactly("scores.csv", "scores.json", "requirements.csv",
                "requirements.json", "findings.csv", "findings.json", "waivers.csv", "waivers.json",
                "attestations.csv", "attestations.json", "manifest.json");
        JsonNode manifest = JSON.readTree(zip.get("manifest.json"));
        assertThat(manifest.get("exportId").asString()).isEqualTo(pack.exportId().toString());
        assertThat(manifest.get("files")).hasSize(10);
        for (JsonNode file : manifest.get("files")) {
            byte[] bytes = zip.get(file.get("name").asString());
            assertThat(file.get("sha256").asString()).as(file.get("name").asString()).isEqualTo(sha256(bytes));
            assertThat(file.get("bytes").asLong()).isEqualTo(bytes.length);
        }
        assertThat(receipt.manifestSha256()).isEqualTo(sha256(zip.get("manifest.json")));

        FrameworkScore score = scores.framework(cis.id(), ScoreScope.account(PAYMENTS));
        // the account's three findings but its S3 encryption check, which no CIS requirement names
        assertThat(findings.search(new FindingQuery(PAYMENTS, null, null, null, null, null, 0, 500)).total())
                .isEqualTo(3);
        long openFindings = 2;
        Map<String, Long> expectedRows = Map.of("scores", 2L, "requirements", (long) cis.requirements(),
                "findings", openFindings, "waivers", 1L, "attestations", 1L);
        for (String table : TABLES) {
            List<CSVRecord> csv = csv(zip.get(table + ".csv"));
            JsonNode json = JSON.readTree(zip.get(table + ".json"));
            assertThat(csv).as(table + ".csv").hasSize(expectedRows.get(table).intValue());
            assertThat(json).as(table + ".json").hasSize(expectedRows.get(table).intValue());
            assertThat(manifestRows(manifest, table)).isEqualTo(expectedRows.get(table));
        }
        JsonNode scopeScore = JSON.readTree(zip.get("scores.json")).get(0);
        assertThat(scopeScore.get("scope").asString()).isEqualTo("SCOPE");
        assertThat(scopeScore.get("score").asInt()).isEqualTo(score.counts().score());
        assertThat(scopeScore.get("failed").asInt()).isEqualTo(score.counts().failed());
        assertThat(csv(zip.get("requirements.csv"))).extracting(r -> r.get("requirementId") + "=" + r.get("status"))
                .containsExactlyElementsOf(score.requirements().stream().map(r -> r.id() + "=" + r.status())
                        .toList());
        JsonNode root = find(JSON.readTree(zip.get("findings.json")), "controlId", "iam_root_hardware_mfa_enabled");
        assertThat(root.get("waived").asBoolean()).isTrue();
        assertThat(root.get("status").asString()).isEqualTo("FAIL");
        assertThat(root.get("lastImportId").asString()).isEqualTo(imported.id().toString());
        assertThat(root.get("requirements").asString()).contains("1.6");
        assertThat(csv(zip.get("waivers.csv")).getFirst().get("status")).isEqualTo("ACTIVE");
        assertThat(JSON.readTree(zip.get("attestations.json")).get(0).get("id").asString())
                .isEqualTo(attestation.id().toString());

        JsonNode entries = manifest.get("ledger").get("entries");
        Map<Long, AuditEntry> stored = new LinkedHashMap<>();
        ledger.search(AuditQuery.all(), 0, 1_000).forEach(e -> stored.put(e.seq(), e));
        for (JsonNode entry : entries) {
            AuditEntry inLedger = stored.get(entry.get("seq").asLong());
            assertThat(entry.get("hash").asString()).isEqualTo(inLedger.hash());
            assertThat(entry.get("targetId").asString()).isEqualTo(inLedger.targetId());
        }
        assertThat(entries.valueStream().map(e -> e.get("vouchesFor").asString()).distinct())
                .containsExactlyInAnyOrder("waiver " + waiver.id(), "attestation " + attestation.id(),
                        "import " + imported.id());
        assertThat(entries.valueStream().map(e -> e.get("action").asString()))
                .contains("approval.submitted", "approval.subject-approved", "compliance.import-started");
        JsonNode head = manifest.get("ledger").get("chainHead");
        assertThat(head.get("hash").asString()).isEqualTo(stored.get(head.get("seq").asLong()).hash());
        assertThat(manifest.get("ledger").get("verification").get("intact").asBoolean()).isTrue();
        assertThat(csv(zip.get("waivers.csv")).getFirst().get("ledgerEntries")).isNotBlank();

        AuditEntry exported = stored.get(receipt.ledgerSeq());
        assertThat(exported.action()).isEqualTo("compliance.evidence-exported");
        assertThat(exported.targetId()).isEqualTo(pack.exportId().toString());
        assertThat(JSON.readTree(exported.details()).get("manifestSha256").asString())
                .isEqualTo(receipt.manifestSha256());
        assertThat(receipt.ledgerSeq()).isGreaterThan(receipt.chainHeadSeq());
    }

    @Test
    void wrongScopesAreNamedAndOnlySecurityAndAdminsExport() {
        Framework cis = frameworks.all().stream().filter(f -> f.framework().equals("CIS")).findFirst().orElseThrow();
        assertThat(evidence.plan(cis.id(), null, null).fileName()).startsWith("evidence-cis-3.0-all-accounts-");
        assertThatThrownBy(() -> evidence.plan(cis.id(), "not-an-account", null))
                .isInstanceOfSatisfying(InvalidComplianceQueryException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("accountId"));
        assertThatThrownBy(() -> evidence.plan(cis.id(), null, "no-such-team"))
                .isInstanceOfSatisfying(InvalidComplianceQueryException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("teamId"));
        assertThatThrownBy(() -> evidence.plan(cis.id(), PAYMENTS, "payments"))
                .isInstanceOf(InvalidComplianceQueryException.class);
        assertThatThrownBy(() -> evidence.plan(java.util.UUID.randomUUID(), null, null))
                .isInstanceOf(java.util.NoSuchElementException.class);
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThatThrownBy(() -> evidence.plan(cis.id(), PAYMENTS, null)).isInstanceOf(AccessDeniedException.class);
    }

    Waiver approvedWaiver() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        Waiver requested = waivers.request(WaiverLifecycleH2Tests.waiver(PAYMENTS, LocalDate.of(2026, 1, 31)));
        String hash = approvals.processOf(Waiver.SUBJECT_TYPE, requested.id().toString()).orElseThrow()
                .subjectHash();
        TestUsers.loginAs("sam", Role.SECURITY);
        approvals.approveSubject(Waiver.SUBJECT_TYPE, requested.id().toString(), hash, "keys ordered");
        Waiver active = await(() -> waivers.find(requested.id()).orElseThrow(),
                w -> w.status() == WaiverStatus.ACTIVE);
        awaitLedger(active.approvalProcessId().toString());
        return active;
    }

    Attestation approvedAttestation(Framework cis) {
        TestUsers.loginAs("erin", Role.ENGINEER);
        Attestation submitted = attestations.submit(new NewAttestation(cis.id(), "1.22", PAYMENTS,
                "CloudShell access reviewed", "https://wiki.example.com/cloudshell-review",
                LocalDate.of(2026, 3, 31)), null);
        String hash = approvals.processOf(Attestation.SUBJECT_TYPE, submitted.id().toString()).orElseThrow()
                .subjectHash();
        TestUsers.loginAs("sam", Role.SECURITY);
        approvals.approveSubject(Attestation.SUBJECT_TYPE, submitted.id().toString(), hash, null);
        Attestation active = await(() -> attestations.find(submitted.id()).orElseThrow(),
                a -> a.status() == WaiverStatus.ACTIVE);
        awaitLedger(active.approvalProcessId().toString());
        return active;
    }

    /** The approval's events reach the ledger after their transaction: wait for the approval's entry. */
    void awaitLedger(String processId) {
        await(() -> ledger.search(new AuditQuery(null, null, null, "approval.subject-approved", processId), 0, 10),
                found -> !found.isEmpty());
    }

    static long manifestRows(JsonNode manifest, String table) {
        long csv = manifest.get("files").valueStream().filter(f -> f.get("name").asString().equals(table + ".csv"))
                .findFirst().orElseThrow().get("rows").asLong();
        long json = manifest.get("files").valueStream().filter(f -> f.get("name").asString().equals(table
                + ".json")).findFirst().orElseThrow().get("rows").asLong();
        assertThat(json).isEqualTo(csv);
        return csv;
    }

    static JsonNode find(JsonNode array, String field, String value) {
        return array.valueStream().filter(n -> value.equals(n.get(field).asString())).findFirst().orElseThrow();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static List<CSVRecord> csv(byte[] bytes) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8))).getRecords();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
