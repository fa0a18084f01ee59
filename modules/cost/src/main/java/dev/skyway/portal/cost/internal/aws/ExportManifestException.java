package dev.skyway.portal.cost.internal.aws;

/** A Data Exports manifest the portal cannot use: not JSON, or naming data files it cannot fetch. */
public class ExportManifestException extends RuntimeException {

    public ExportManifestException(String message) {
        super(message);
    }

    public ExportManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
