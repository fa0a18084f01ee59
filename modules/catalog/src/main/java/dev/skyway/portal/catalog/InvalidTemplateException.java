package dev.skyway.portal.catalog;

/** A template the portal cannot read; the message says what is wrong, {@link #line()} where (when it is one line). */
public class InvalidTemplateException extends RuntimeException {

    private final Integer line;

    /** @param line 1-based; null when the problem is not on one line */
    public InvalidTemplateException(String message, Integer line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** May be null. */
    public Integer line() {
        return line;
    }
}
