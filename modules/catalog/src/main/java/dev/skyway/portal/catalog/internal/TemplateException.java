package dev.skyway.portal.catalog.internal;

/** A CloudFormation template the portal cannot read; the message says what is wrong with it. */
public class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
