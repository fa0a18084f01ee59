package dev.skyway.portal.catalog.internal;

/** A CloudFormation template the portal cannot read; the message says what is wrong with it and where. */
public class TemplateException extends RuntimeException {

    private final Integer line;

    public TemplateException(String message) {
        this(message, null, null);
    }

    public TemplateException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** @param line 1-based line of the template where the problem is; null when it is not about one line */
    public TemplateException(String message, Integer line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public Integer line() {
        return line;
    }
}
