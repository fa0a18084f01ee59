package dev.skyway.portal.accounts.api;

/**
 * The HTTP side of binding a decision to what the approver read: an account request's {@code ETag} is its subject
 * hash (the version the approval engine holds), and approve/reject must send it back as {@code If-Match}. Without
 * it the decision would apply to whatever version is current, which an edit may have changed after the approver
 * looked.
 */
final class ApprovalPreconditions {

    private ApprovalPreconditions() {
    }

    /** A strong entity tag for the subject hash. */
    static String etag(String subjectHash) {
        return "\"" + subjectHash + "\"";
    }

    /**
     * The subject hash an {@code If-Match} names.
     *
     * @throws IfMatchRequiredException when it is missing, blank, {@code *} (which names no version) or a list
     */
    static String subjectHash(String ifMatch) {
        String value = ifMatch == null ? "" : ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.isEmpty() || value.equals("*") || value.contains(",")) {
            throw new IfMatchRequiredException();
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty()) {
            throw new IfMatchRequiredException();
        }
        return value;
    }

    /** A decision without a version: 428 Precondition Required. */
    static final class IfMatchRequiredException extends RuntimeException {

        IfMatchRequiredException() {
            super("Send If-Match with the ETag of GET /api/v1/account-requests/{id}: the decision applies to the "
                    + "version you read, and is refused if the request changed since");
        }
    }
}
