package dev.skyway.portal.compliance.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.skyway.portal.compliance.ComplianceFrameworks;
import dev.skyway.portal.compliance.FrameworkUpload;
import dev.skyway.portal.compliance.InvalidFrameworkException;

/**
 * Hands an uploaded framework file (Prowler's compliance JSON) to {@link ComplianceFrameworks#upload} and reports
 * what was stored, merged or refused. Vaadin calls this on the upload request's thread, which carries the user's
 * security context, without the session lock.
 */
final class FrameworkUploadHandler implements UploadHandler {

    /** Framework files are a few hundred kilobytes; Prowler's largest are under 2 MB. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(FrameworkUploadHandler.class);

    /** What became of one file: the stored framework, or why it was refused. */
    record Outcome(String fileName, @Nullable FrameworkUpload upload, @Nullable String problem) {

        boolean isError() {
            return upload == null;
        }

        String message() {
            if (upload == null) {
                return fileName + " was refused, nothing stored: " + problem;
            }
            var f = upload.framework();
            return fileName + ": " + (upload.created() ? "added " : "replaced ") + f.name()
                    + (f.version().isEmpty() ? "" : " " + f.version()) + " with " + f.requirements() + " requirements"
                    + (f.merged().isEmpty() ? "." : "; requirement ids that appeared more than once were merged: "
                    + String.join(", ", f.merged()) + ".");
        }
    }

    private final transient ComplianceFrameworks frameworks;
    private final Consumer<Outcome> onOutcome;

    FrameworkUploadHandler(ComplianceFrameworks frameworks, Consumer<Outcome> onOutcome) {
        this.frameworks = frameworks;
        this.onOutcome = onOutcome;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName() == null || event.getFileName().isBlank() ? "upload"
                : event.getFileName().replaceAll("[\r\n]", "_");
        Outcome outcome;
        try (InputStream in = event.getInputStream()) {
            outcome = new Outcome(name, frameworks.upload(in), null);
        } catch (InvalidFrameworkException e) {
            outcome = new Outcome(name, null, String.join("; ", e.problems().isEmpty() ? java.util.List.of(
                    e.getMessage()) : e.problems()));
        } catch (RuntimeException e) {
            log.error("Framework upload of {} failed", name, e);
            outcome = new Outcome(name, null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (outcome.isError()) {
            event.reject(outcome.message());
        }
        Outcome result = outcome;
        event.getUI().access(() -> onOutcome.accept(result));
    }

    @Override
    public long getFileSizeMax() {
        return MAX_BYTES;
    }
}
