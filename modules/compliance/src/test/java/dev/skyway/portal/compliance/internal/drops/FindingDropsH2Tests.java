package dev.skyway.portal.compliance.internal.drops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.portal.compliance.internal.imports.FindingImporter;
import dev.skyway.portal.compliance.internal.imports.ImportRows;
import dev.skyway.portal.platform.jobs.SyncRunner;
import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.jobs.SyncStatus;
import dev.skyway.testsupport.ComplianceTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;

/**
 * The drop job on H2 through the platform's sync runner, over a drop directory: a findings file is imported once
 * (origin S3_DROP, through the upload importer), again only when it is written anew (a new ETag); a file that is not
 * findings becomes a FAILED import with the reason, is never read again and does not stop the others; files that are
 * not findings by name (Prowler's HTML, its compliance CSVs) are left alone; without a location the job does nothing
 * and says what to set.
 */
@SpringBootTest(classes = ComplianceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class FindingDropsH2Tests {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    FindingImporter importer;

    @Autowired
    ImportRows imports;

    @Autowired
    DroppedFiles files;

    @Autowired
    SyncRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @TempDir
    Path dir;

    FindingDrops drops;

    @BeforeEach
    void clean() {
        for (String table : List.of("finding_event", "waiver_mirror", "finding", "dropped_file", "finding_import")) {
            jdbc.update("delete from compliance." + table);
        }
        clock.set(NOW);
        drops = drops(new LocalDrops(dir));
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void aFileIsImportedOnceAndAgainOnlyWhenWrittenAnew() throws IOException {
        Path scan = drop("prowler-ocsf.json", "output/prowler-output-20261201.ocsf.json", 1_000);
        drop("prowler.csv", "output/prowler-output-20261201.csv", 2_000);
        Files.writeString(dir.resolve("output/prowler-output-20261201.html"), "<html></html>");
        Files.createDirectories(dir.resolve("output/compliance"));
        Files.writeString(dir.resolve("output/compliance/prowler-output-20261201_cis_2.0_aws.csv"), "PROVIDER;X\n");

        SyncStatus first = runner.run(drops);

        assertThat(first.state()).as(first.message()).isEqualTo(SyncState.SUCCEEDED);
        assertThat(first.items()).isEqualTo(2);
        assertThat(first.message()).startsWith("2 new files imported from " + dir).contains("0 refused");
        assertThat(jdbc.queryForList("select format || ' ' || status || ' ' || origin from compliance.finding_import"
                + " order by format", String.class))
                .containsExactly("OCSF COMPLETED S3_DROP", "PROWLER_CSV COMPLETED S3_DROP");
        assertThat(jdbc.queryForObject("select count(*) from compliance.finding", Integer.class)).isPositive();
        assertThat(files.recent(10)).extracting(DroppedFiles.Taken::key).containsExactly(
                "output/prowler-output-20261201.csv", "output/prowler-output-20261201.ocsf.json");

        SyncStatus second = runner.run(drops);

        assertThat(second.items()).isZero();
        assertThat(importCount()).isEqualTo(2);

        Files.writeString(scan, Files.readString(scan) + "\n");
        Files.setLastModifiedTime(scan, FileTime.from(NOW.plusSeconds(3_000)));
        SyncStatus rewritten = runner.run(drops);

        assertThat(rewritten.items()).as(rewritten.message()).isEqualTo(1);
        assertThat(importCount()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from compliance.dropped_file where object_key = "
                + "'output/prowler-output-20261201.ocsf.json'", Integer.class)).isEqualTo(2);
    }

    @Test
    void aBadFileIsAFailedImportThatIsNeverRetriedAndDoesNotStopTheOthers() throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{\"not\": \"findings\"}");
        Files.setLastModifiedTime(dir.resolve("broken.json"), FileTime.from(NOW.minusSeconds(60)));
        drop("prowler-ocsf.json", "later.ocsf.json", 0);

        SyncStatus run = runner.run(drops);

        assertThat(run.state()).isEqualTo(SyncState.SUCCEEDED);
        assertThat(run.message()).contains("1 new file imported", "1 refused");
        DroppedFiles.Taken broken = files.recent(10).stream().filter(t -> t.key().equals("broken.json"))
                .findFirst().orElseThrow();
        assertThat(broken.status()).isEqualTo("FAILED");
        assertThat(broken.error()).isNotBlank();
        assertThat(jdbc.queryForObject("select file_name from compliance.finding_import where status = 'FAILED'",
                String.class)).endsWith("broken.json");

        SyncStatus again = runner.run(drops);

        assertThat(again.message()).contains("0 new files imported", "0 refused");
        assertThat(importCount()).isEqualTo(2);
    }

    @Test
    void withoutALocationTheJobDoesNothingAndSaysWhatToSet() {
        SyncStatus status = runner.run(drops(null));

        assertThat(status.state()).isEqualTo(SyncState.SUCCEEDED);
        assertThat(status.items()).isZero();
        assertThat(status.message()).contains("portal.compliance.drops.bucket", "portal.compliance.drops.directory");
        assertThat(importCount()).isZero();
    }

    private FindingDrops drops(DropLocation location) {
        return new FindingDrops(location, importer, imports, files, new DropProperties(null, null, null, null, null,
                null, null, null, null), clock);
    }

    private Path drop(String fixture, String key, long secondsAfter) throws IOException {
        Path target = dir.resolve(key);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("/findings/" + fixture)) {
            Files.copy(in, target);
        }
        Files.setLastModifiedTime(target, FileTime.from(NOW.plusSeconds(secondsAfter)));
        return target;
    }

    private int importCount() {
        return jdbc.queryForObject("select count(*) from compliance.finding_import", Integer.class);
    }
}
