package dev.skyway.portal.cost.internal.aws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one execution of an AWS Data Exports export delivered for a billing period, from its {@code Manifest.json}.
 * The manifest is documented with {@code executionId}, {@code exportArn}, {@code columns} (objects with a
 * {@code name}), {@code dataFiles} (full {@code s3://bucket/key} URIs) and {@code additionalOutputFiles}; anything
 * else in it is ignored. The billing period and export name come from where the manifest lies (see
 * {@link ExportManifestKey}), which the Data Exports guide documents.
 *
 * @param billingPeriod YYYY-MM
 * @param dataFileKeys  the S3 keys of the delivered data files (gzip CSV or Parquet), in the manifest's order
 * @param executionId   the export execution that delivered them; absent when the manifest names none
 * @param deliveredAt   when they were delivered: the manifest object's last modification (the manifest documents no
 *                      delivery time of its own, and AWS writes it only after every data file is in place)
 * @param exportName    the export's name
 * @param exportArn     the export's ARN; absent when the manifest names none
 * @param columns       the columns the manifest lists, in order; empty when it lists none
 */
public record ExportManifest(String billingPeriod, List<String> dataFileKeys, @Nullable String executionId,
                             Instant deliveredAt, String exportName, @Nullable String exportArn,
                             List<String> columns) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ExportManifest {
        dataFileKeys = List.copyOf(dataFileKeys);
        columns = List.copyOf(columns);
    }

    /**
     * Reads a manifest fetched from {@code bucket} at {@code manifestKey}.
     *
     * @param lastModified the manifest object's {@code LastModified}
     * @throws ExportManifestException when the key is not a manifest's, the document is not a JSON object, or a data
     *                                 file lies in another bucket
     */
    public static ExportManifest parse(byte[] json, String bucket, String manifestKey, Instant lastModified) {
        ExportManifestKey key = ExportManifestKey.of(manifestKey).orElseThrow(() -> new ExportManifestException(
                manifestKey + " is not where Data Exports puts a manifest (metadata/BILLING_PERIOD=YYYY-MM/"
                        + "<export-name>-Manifest.json)"));
        JsonNode root = readObject(json, bucket, manifestKey);
        return new ExportManifest(key.billingPeriod(), dataFileKeys(root.path("dataFiles"), bucket, manifestKey),
                text(root.path("executionId")), lastModified, key.exportName(), text(root.path("exportArn")),
                columns(root.path("columns")));
    }

    private static JsonNode readObject(byte[] json, String bucket, String manifestKey) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject()) {
                throw new ExportManifestException("s3://" + bucket + "/" + manifestKey + " is not a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            throw new ExportManifestException("s3://" + bucket + "/" + manifestKey + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static List<String> dataFileKeys(JsonNode dataFiles, String bucket, String manifestKey) {
        List<String> keys = new ArrayList<>();
        for (JsonNode file : dataFiles) {
            if (!file.isString() || file.stringValue().isBlank()) {
                throw new ExportManifestException("s3://" + bucket + "/" + manifestKey
                        + " lists a data file that is not an S3 URI: " + file);
            }
            keys.add(keyIn(bucket, file.stringValue(), manifestKey));
        }
        return keys;
    }

    /** The key of {@code s3://bucket/key}; a bare key (as older manifests list them) is taken as it is. */
    private static String keyIn(String bucket, String uri, String manifestKey) {
        if (!uri.startsWith("s3://")) {
            return uri.startsWith("/") ? uri.substring(1) : uri;
        }
        String bucketPrefix = "s3://" + bucket + "/";
        if (!uri.startsWith(bucketPrefix) || uri.length() == bucketPrefix.length()) {
            throw new ExportManifestException("s3://" + bucket + "/" + manifestKey + " lists " + uri
                    + ", outside the configured bucket " + bucket);
        }
        return uri.substring(bucketPrefix.length());
    }

    private static List<String> columns(JsonNode columns) {
        List<String> names = new ArrayList<>();
        for (JsonNode column : columns) {
            String name = text(column.path("name"));
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() && !node.stringValue().isBlank() ? node.stringValue() : null;
    }
}
