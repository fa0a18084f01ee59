package dev.skyway.portal.approvals;

/**
 * The HTTP form of a subject's version, for subject modules whose API lets an approver decide on a subject directly:
 * the subject hash is the {@code ETag} of the subject, and a decision sends it back as {@code If-Match}. Without it a
 * decision would apply to whatever version is current, which an edit may have changed after the approver looked.
 * If-Match compares strongly and names one version: no header and {@code *} ("whatever is current") are missing, a
 * weak ETag or a list never matches.
 */
public final class SubjectVersion {

    private SubjectVersion() {
    }

    /** @return the strong entity tag of {@code subjectHash} */
    public static String etag(String subjectHash) {
        return "\"" + subjectHash + "\"";
    }

    /**
     * @return the subject hash an {@code If-Match} header names, without quotes
     * @throws Missing               when there is no header, an empty one, or {@code *} (the API's 428)
     * @throws StaleSubjectException when the header is a weak ETag or a list (the API's 412)
     */
    public static String fromIfMatch(String header) {
        String value = header == null ? "" : header.strip();
        if (value.isEmpty() || value.equals("*")) {
            throw new Missing();
        }
        if (value.startsWith("W/") || value.contains(",")) {
            throw new StaleSubjectException();
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty()) {
            throw new Missing();
        }
        return value;
    }

    /** A decision that names no version: 428 Precondition Required. */
    public static final class Missing extends RuntimeException {

        public Missing() {
            super("Send If-Match with the ETag you read (GET the subject): a decision applies to the version you "
                    + "reviewed, and is refused if it changed since");
        }
    }
}
