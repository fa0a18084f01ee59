package dev.skyway.portal.catalog.internal;

import org.jspecify.annotations.Nullable;

/** A CloudFormation template the portal cannot read; the message says what is wrong with it and where. */
public class TemplateException extends RuntimeException {

    private final @Nullable Integer line;

    public TemplateException(String message) {
        this(message, null, null);
    }

    public TemplateException(String message, @Nullable Throwable cause) {
        this(message, null, cause);
    }

    /** @param line 1-based line of the template where the problem is; absent when it is not about one line */
    public TemplateException(String message, @Nullable Integer line, @Nullable Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public @Nullable Integer line() {
        return line;
    }
}
