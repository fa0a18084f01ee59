package dev.skyway.portal.approvals.api;

/**
 * A free-text field of a request body is longer than what the portal keeps: refused at the API edge (400 naming the
 * field) before anything is recorded, so a decision is never half written.
 */
class FieldTooLongException extends RuntimeException {

    private final String field;
    private final int max;

    FieldTooLongException(String field, int max) {
        super(field + ": at most " + max + " characters");
        this.field = field;
        this.max = max;
    }

    String field() {
        return field;
    }

    int max() {
        return max;
    }

    /** @throws FieldTooLongException when {@code value} (stripped, as it would be kept) is longer than {@code max} */
    static void check(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new FieldTooLongException(field, max);
        }
    }
}
