package dev.skyway.portal.catalog;

import org.jspecify.annotations.Nullable;

/** A template the portal cannot read; the message says what is wrong, {@link #line()} where (when it is one line). */
public class InvalidTemplateException extends RuntimeException {

    private final @Nullable Integer line;

    /** @param line 1-based; absent when the problem is not on one line */
    public InvalidTemplateException(String message, @Nullable Integer line, @Nullable Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public @Nullable Integer line() {
        return line;
    }
}
