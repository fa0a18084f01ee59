package dev.skyway.portal.compliance;

import java.util.Objects;

/** A file attached to an attestation as its evidence. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {

    /** The largest evidence file kept in the database. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public EvidenceFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
