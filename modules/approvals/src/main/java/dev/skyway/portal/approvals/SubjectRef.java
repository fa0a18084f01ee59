package dev.skyway.portal.approvals;

import java.util.Objects;

/**
 * What is being approved, in the subject module's words.
 *
 * @param type  the kind of subject, e.g. {@code product-request}; never blank
 * @param id    the subject module's id of it; never blank
 * @param title one line for inboxes and notifications; never blank
 */
public record SubjectRef(String type, String id, String title) {

    public SubjectRef {
        type = required(type, "subject type");
        id = required(id, "subject id");
        title = required(title, "subject title");
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return type + " " + id;
    }

    /** Same as {@link Objects#equals} on type and id (titles may change). */
    public boolean sameSubject(SubjectRef other) {
        return other != null && type.equals(other.type) && id.equals(other.id);
    }
}
