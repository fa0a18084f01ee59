package dev.skyway.portal.cost.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.skyway.portal.cost.CostImports;
import dev.skyway.portal.cost.NotFocusException;

/**
 * Streams each uploaded file straight to {@link CostImports#upload} (nothing is held in memory; the facade keeps it
 * on disk while the import runs), then reports the outcome on the UI. Vaadin calls this without the session lock, on
 * the upload request's thread, which carries the user's security context like any request.
 */
final class FocusUploadHandler implements UploadHandler {

    /** The upload field counts bytes in an int (2 GiB); larger exports come in through S3 deliveries. */
    static final long MAX_BYTES = Integer.MAX_VALUE;
    private static final Logger log = LoggerFactory.getLogger(FocusUploadHandler.class);

    private final transient CostImports imports;
    private final Consumer<UploadOutcome> onOutcome;

    /** @param onOutcome called with the UI locked */
    FocusUploadHandler(CostImports imports, Consumer<UploadOutcome> onOutcome) {
        this.imports = imports;
        this.onOutcome = onOutcome;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UploadOutcome outcome = receive(event);
        if (outcome.isError()) {
            event.reject(outcome.message());
        }
        event.getUI().access(() -> onOutcome.accept(outcome));
    }

    private UploadOutcome receive(UploadEvent event) {
        String name = event.getFileName() == null || event.getFileName().isBlank() ? "upload" : event.getFileName();
        String format = UploadOutcome.format(name);
        if (format == null) {
            return UploadOutcome.rejected(name);
        }
        try (InputStream in = event.getInputStream()) {
            CostImports.Accepted accepted = imports.upload(in, format, name);
            return accepted.duplicate() ? UploadOutcome.duplicate(name, accepted.costImport())
                    : UploadOutcome.started(name, accepted.costImport());
        } catch (NotFocusException e) {
            return UploadOutcome.notFocus(name, e.missingColumns(), e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Upload of {} could not be read", safe(name), e);
            return UploadOutcome.failed(name, "the file could not be read (" + e.getMessage() + ").");
        } catch (RuntimeException e) {
            // the user gets the sentence, the log the stack trace
            log.error("Upload of {} failed", safe(name), e);
            return UploadOutcome.failed(name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    @Override
    public long getFileSizeMax() {
        return MAX_BYTES;
    }

    /** A file name goes into a log line: no line breaks from user input. */
    private static String safe(String name) {
        return name.replaceAll("[\r\n]", "_");
    }
}
