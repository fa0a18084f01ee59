package dev.skyway.portal.approvals;

import java.util.Objects;

/**
 * A subject handed to the engine for approval.
 *
 * @param subjectHash a hash of the exact subject version (e.g. SHA-256 hex of its canonical form) computed by the
 *                    subject module; decisions bind to it. Never blank, at most 128 characters.
 */
public record Submission(SubjectRef subject, SubjectAttributes attributes, String subjectHash) {

    public Submission {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(attributes, "attributes");
        subjectHash = SubjectRef.required(subjectHash, "subject hash");
        if (subjectHash.length() > 128) {
            throw new IllegalArgumentException("subject hash must be at most 128 characters");
        }
    }
}
