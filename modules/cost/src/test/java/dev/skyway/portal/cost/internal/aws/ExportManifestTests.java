package dev.skyway.portal.cost.internal.aws;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Reading Data Exports manifests as the Data Exports guide documents them. */
class ExportManifestTests {

    static final String BUCKET = "billing-exports";
    static final String KEY = "cur/focus-daily/metadata/BILLING_PERIOD=2025-11/focus-daily-Manifest.json";
    static final Instant MODIFIED = Instant.parse("2025-11-20T06:12:00Z");

    /**
     * The fields the manifest reference documents, plus {@code billingPeriod} (which public tools read from CUR 2.0
     * manifests, not in the reference) and a made-up field: the parser must not care about either.
     */
    static final String MANIFEST = """
            {"executionId":"8f4e2c1a-77b3-4b1e-9a53-0c2f6d1e5a90",
             "exportArn":"arn:aws:bcm-data-exports:us-east-1:111111111111:export/focus-daily-4f1c0b8e",
             "billingPeriod":{"start":"2025-11-01T00:00:00.000Z","end":"2025-12-01T00:00:00.000Z"},
             "columns":[{"name":"BilledCost","type":"decimal(19,10)"},{"name":"BillingCurrency","type":"string"},
                        {"name":"Tags","type":"map<string,string>"}],
             "dataFiles":["s3://billing-exports/cur/focus-daily/data/BILLING_PERIOD=2025-11/focus-daily-00001.csv.gz",
                          "s3://billing-exports/cur/focus-daily/data/BILLING_PERIOD=2025-11/focus-daily-00002.csv.gz"],
             "someFieldAddedLater":{"nested":[1,2,3]}}""";

    @Test
    void readsTheDeliveredFilesAsKeysWithThePeriodAndNameFromWhereTheManifestLies() {
        ExportManifest manifest = ExportManifest.parse(MANIFEST.getBytes(UTF_8), BUCKET, KEY, MODIFIED);

        assertThat(manifest.billingPeriod()).isEqualTo("2025-11");
        assertThat(manifest.exportName()).isEqualTo("focus-daily");
        assertThat(manifest.dataFileKeys()).containsExactly(
                "cur/focus-daily/data/BILLING_PERIOD=2025-11/focus-daily-00001.csv.gz",
                "cur/focus-daily/data/BILLING_PERIOD=2025-11/focus-daily-00002.csv.gz");
        assertThat(manifest.executionId()).isEqualTo("8f4e2c1a-77b3-4b1e-9a53-0c2f6d1e5a90");
        assertThat(manifest.exportArn()).endsWith(":export/focus-daily-4f1c0b8e");
        assertThat(manifest.columns()).containsExactly("BilledCost", "BillingCurrency", "Tags");
        assertThat(manifest.deliveredAt()).isEqualTo(MODIFIED);
    }

    @Test
    void aManifestWithoutOptionalFieldsStillReads() {
        ExportManifest manifest = ExportManifest.parse("{\"dataFiles\":[]}".getBytes(UTF_8), BUCKET,
                "metadata/BILLING_PERIOD=2024-02/exec-7/cur2-Manifest.json", MODIFIED);

        assertThat(manifest.billingPeriod()).isEqualTo("2024-02");
        assertThat(manifest.exportName()).isEqualTo("cur2");
        assertThat(manifest.dataFileKeys()).isEmpty();
        assertThat(manifest.executionId()).isNull();
        assertThat(manifest.exportArn()).isNull();
        assertThat(manifest.columns()).isEmpty();
    }

    @Test
    void bareKeysAreTakenAsTheyAre() {
        ExportManifest manifest = ExportManifest.parse(
                "{\"dataFiles\":[\"cur/focus-daily/data/BILLING_PERIOD=2025-11/focus-daily-00001.snappy.parquet\"]}"
                        .getBytes(UTF_8), BUCKET, KEY, MODIFIED);

        assertThat(manifest.dataFileKeys())
                .containsExactly("cur/focus-daily/data/BILLING_PERIOD=2025-11/focus-daily-00001.snappy.parquet");
    }

    @Test
    void aDataFileInAnotherBucketIsRefused() {
        byte[] json = "{\"dataFiles\":[\"s3://someone-else/cur/x.csv.gz\"]}".getBytes(UTF_8);

        assertThatThrownBy(() -> ExportManifest.parse(json, BUCKET, KEY, MODIFIED))
                .isInstanceOf(ExportManifestException.class)
                .hasMessageContaining("s3://someone-else/cur/x.csv.gz")
                .hasMessageContaining("outside the configured bucket billing-exports");
    }

    @Test
    void aBucketWhoseNameStartsLikeOursIsStillAnotherBucket() {
        byte[] json = "{\"dataFiles\":[\"s3://billing-exports-old/cur/x.csv.gz\"]}".getBytes(UTF_8);

        assertThatThrownBy(() -> ExportManifest.parse(json, BUCKET, KEY, MODIFIED))
                .isInstanceOf(ExportManifestException.class);
    }

    @Test
    void aDocumentThatIsNotAJsonObjectIsRefusedNamingTheManifest() {
        assertThatThrownBy(() -> ExportManifest.parse("{\"dataFiles\":[".getBytes(UTF_8), BUCKET, KEY, MODIFIED))
                .isInstanceOf(ExportManifestException.class)
                .hasMessageContaining("s3://billing-exports/" + KEY).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ExportManifest.parse("[]".getBytes(UTF_8), BUCKET, KEY, MODIFIED))
                .isInstanceOf(ExportManifestException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> ExportManifest.parse("{\"dataFiles\":[42]}".getBytes(UTF_8), BUCKET, KEY,
                MODIFIED)).isInstanceOf(ExportManifestException.class).hasMessageContaining("not an S3 URI");
    }

    @Test
    void aKeyThatIsNotAManifestsIsRefused() {
        assertThatThrownBy(() -> ExportManifest.parse(MANIFEST.getBytes(UTF_8), BUCKET,
                "cur/focus-daily/data/BILLING_PERIOD=2025-11/focus-daily-00001.csv.gz", MODIFIED))
                .isInstanceOf(ExportManifestException.class).hasMessageContaining("is not where Data Exports");
    }

    @Test
    void manifestKeysAreRecognizedAtAnyPrefixDepthAndWithAnExecutionFolder() {
        assertThat(ExportManifestKey.of("metadata/BILLING_PERIOD=2025-01/cur2-Manifest.json"))
                .contains(new ExportManifestKey("", "2025-01", "cur2"));
        assertThat(ExportManifestKey.of("a/b/c/exp/metadata/BILLING_PERIOD=2025-12/exp-Manifest.json"))
                .contains(new ExportManifestKey("a/b/c/exp/", "2025-12", "exp"));
        assertThat(ExportManifestKey.of("exp/metadata/BILLING_PERIOD=2025-12/20251203T0600Z/exp-Manifest.json"))
                .contains(new ExportManifestKey("exp/", "2025-12", "exp"));
        assertThat(ExportManifestKey.of("exp/metadata/BILLING_PERIOD=2025-13/exp-Manifest.json")).isEmpty();
        assertThat(ExportManifestKey.of("exp/metadata/BILLING_PERIOD=2025-12/exp-create-table.sql")).isEmpty();
        assertThat(ExportManifestKey.of("exp/data/BILLING_PERIOD=2025-12/exp-Manifest.json")).isEmpty();
    }
}
