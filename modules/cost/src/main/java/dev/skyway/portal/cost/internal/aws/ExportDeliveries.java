package dev.skyway.portal.cost.internal.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The deliveries AWS Data Exports left in an S3 bucket under a prefix: finds each billing period's newest
 * {@code Manifest.json} (ListObjectsV2, every page), reads it, and downloads the data files it names to local files,
 * streamed, under their own names so that their format shows ({@code .csv.gz}, {@code .parquet}).
 */
public class ExportDeliveries {

    private static final String S3 = "Amazon S3";
    private static final Comparator<S3Object> NEWEST_LAST = Comparator.comparing(S3Object::lastModified)
            .thenComparing(S3Object::key);

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /**
     * @param prefix the export's prefix, up to and including the export name (a trailing {@code /} is added);
     *               empty for every export in the bucket
     */
    public ExportDeliveries(S3Client s3, String bucket, String prefix) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("The Data Exports bucket is not set (portal.cost.exports.bucket)");
        }
        this.bucket = bucket;
        this.prefix = folder(prefix == null ? "" : prefix);
    }

    /**
     * The newest delivery of every billing period of every export under the prefix, by billing period.
     *
     * @throws dev.skyway.portal.platform.aws.AwsCallException when S3 refuses or fails a listing or a read
     * @throws ExportManifestException                         when a manifest cannot be read
     */
    public List<ExportDelivery> latestDeliveries() {
        Map<ExportManifestKey, S3Object> newest = new LinkedHashMap<>();
        for (S3Object object : listing()) {
            // one per export and period: executions kept side by side (create-new exports) leave several
            ExportManifestKey.of(object.key()).ifPresent(key -> newest.merge(key, object,
                    (a, b) -> NEWEST_LAST.compare(a, b) >= 0 ? a : b));
        }
        return newest.values().stream()
                .map(this::delivery)
                .sorted(Comparator.comparing(ExportDelivery::billingPeriod).thenComparing(ExportDelivery::manifestKey))
                .toList();
    }

    /**
     * Downloads every data file of a delivery into {@code directory} (created when missing), each under its S3 file
     * name; a file of the same name is replaced. Each download is streamed to a {@code .part} file first and moved
     * into place when complete.
     *
     * @return the local files, in the manifest's order
     * @throws dev.skyway.portal.platform.aws.AwsCallException when S3 refuses or fails a download
     * @throws UncheckedIOException                            when the local file cannot be written
     */
    public List<Path> download(ExportDelivery delivery, Path directory) {
        createDirectories(directory);
        List<Path> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String key : delivery.manifest().dataFileKeys()) {
            Path target = directory.resolve(uniqueName(fileName(key), names));
            download(key, target);
            files.add(target);
        }
        return files;
    }

    private List<S3Object> listing() {
        return AwsCall.to(S3, "list the Data Exports deliveries in s3://" + bucket + "/" + prefix)
                .withPermissions("s3:ListBucket on " + bucket)
                // url-encoded keys survive characters XML cannot carry; the SDK decodes them
                .run(() -> s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)
                        .encodingType(EncodingType.URL)).contents().stream().toList());
    }

    private ExportDelivery delivery(S3Object object) {
        String key = object.key();
        ResponseBytes<GetObjectResponse> manifest = AwsCall.to(S3, "read the Data Exports manifest s3://" + bucket
                        + "/" + key)
                .withPermissions("s3:GetObject on " + bucket)
                .run(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)));
        return new ExportDelivery(ExportManifestKey.of(key).orElseThrow().billingPeriod(), key,
                unquoted(object.eTag()), object.lastModified(),
                ExportManifest.parse(manifest.asByteArray(), bucket, key, object.lastModified()));
    }

    private void download(String key, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.deleteIfExists(partial);
            // toFile streams to disk; on a broken connection it deletes the partial file and the client retries
            AwsCall.to(S3, "download the Data Exports file s3://" + bucket + "/" + key)
                    .withPermissions("s3:GetObject on " + bucket)
                    .run(() -> s3.getObject(r -> r.bucket(bucket).key(key), ResponseTransformer.toFile(partial)));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("Could not write " + target + " from s3://"
                    + bucket + "/" + key, e);
            removePartial(partial, failure);
            throw failure;
        } catch (RuntimeException e) {
            removePartial(partial, e);
            throw e;
        }
    }

    /** The last segment of a key; refuses names that would leave the directory or name it. */
    static String fileName(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new ExportManifestException("The data file key " + key + " has no file name");
        }
        return name;
    }

    /** Data Exports numbers a delivery's files, so names repeat only across folders: those get a counter. */
    private static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = i + "-" + name;
        }
        return candidate;
    }

    private static String folder(String prefix) {
        String trimmed = prefix.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        return trimmed.isEmpty() || trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }

    private static String unquoted(@Nullable String eTag) {
        if (eTag == null) {
            return "";
        }
        return eTag.length() >= 2 && eTag.startsWith("\"") && eTag.endsWith("\"")
                ? eTag.substring(1, eTag.length() - 1) : eTag;
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory, e);
        }
    }

    private static void removePartial(Path partial, RuntimeException failure) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
