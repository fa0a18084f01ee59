package dev.skyway.portal.compliance.internal.drops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The findings files under an S3 prefix: ListObjectsV2 (every page, following {@code NextContinuationToken}) and
 * GetObject, streamed to a local file. Throttling ({@code 503 SlowDown}) is retried by the platform's clients.
 */
public class S3Drops implements DropLocation {

    private static final String S3 = "Amazon S3";

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3Drops(S3Client s3, String bucket, String prefix) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        String trimmed = prefix.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        this.prefix = trimmed;
    }

    @Override
    public String store() {
        return bucket;
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public String describe(DroppedObject object) {
        return "s3://" + bucket + "/" + object.key();
    }

    @Override
    public List<DroppedObject> list() {
        return AwsCall.to(S3, "list the findings files in " + describe())
                .withPermissions("s3:ListBucket on " + bucket)
                // url-encoded keys survive characters XML cannot carry; the SDK decodes them
                .run(() -> s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)
                        .encodingType(EncodingType.URL)).contents().stream()
                        .filter(o -> !o.key().endsWith("/"))
                        .map(S3Drops::dropped).toList());
    }

    @Override
    public void download(DroppedObject object, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.deleteIfExists(partial);
            // toFile streams to disk; on a broken connection it deletes the partial file and the client retries
            AwsCall.to(S3, "read the findings file " + describe(object))
                    .withPermissions("s3:GetObject on " + bucket)
                    .run(() -> s3.getObject(r -> r.bucket(bucket).key(object.key()),
                            ResponseTransformer.toFile(partial)));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + " from " + describe(object), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .part file in the incoming directory is harmless
            }
        }
    }

    private static DroppedObject dropped(S3Object o) {
        return new DroppedObject(o.key(), unquoted(o.eTag()), o.size() == null ? 0 : o.size(), o.lastModified());
    }

    private static String unquoted(@Nullable String eTag) {
        if (eTag == null) {
            return "";
        }
        return eTag.length() >= 2 && eTag.startsWith("\"") && eTag.endsWith("\"")
                ? eTag.substring(1, eTag.length() - 1) : eTag;
    }
}
