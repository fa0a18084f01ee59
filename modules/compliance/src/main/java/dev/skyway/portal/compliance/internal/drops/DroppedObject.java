package dev.skyway.portal.compliance.internal.drops;

import java.time.Instant;

/**
 * One file in the drop location.
 *
 * @param key          its key under the bucket (or its path under the directory)
 * @param eTag         what changes when the file is written again (S3's ETag, unquoted)
 * @param size         bytes
 * @param lastModified when it was written
 */
public record DroppedObject(String key, String eTag, long size, Instant lastModified) {
}
