package dev.skyway.portal.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.cost.internal.CostImportRows;
import dev.skyway.portal.cost.internal.CostImporter;
import dev.skyway.portal.cost.internal.engine.FileFormat;
import dev.skyway.portal.cost.internal.engine.ImportSource;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;

/**
 * Importing FOCUS files (finance and platform admins) and watching imports (every cost reader). The header is
 * checked while the file is handed in; the rest runs in the background.
 */
@Service
public class CostImports {

    static final String IMPORTERS = "hasAnyRole('FINANCE', 'PLATFORM_ADMIN')";
    static final String READERS = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";

    private final CostImporter importer;
    private final CostImportRows rows;
    private final CurrentUser currentUser;
    private final AuditLedger audit;

    CostImports(CostImporter importer, CostImportRows rows, CurrentUser currentUser, AuditLedger audit) {
        this.importer = importer;
        this.rows = rows;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** An accepted file; {@code duplicate} when the same bytes were imported before (nothing changes then). */
    public record Accepted(CostImport costImport, boolean duplicate) {
    }

    /**
     * Takes one FOCUS file.
     *
     * @param format   {@code CSV}, {@code CSV_GZIP} or {@code PARQUET}
     * @param fileName what the user called the file, for the imports list
     * @throws NotFocusException when it is not a FOCUS file (nothing is stored)
     */
    @PreAuthorize(IMPORTERS)
    public Accepted upload(InputStream body, String format, @Nullable String fileName) {
        FileFormat fileFormat = FileFormat.valueOf(format);
        Path file = importer.incomingFile(fileFormat);
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var user = currentUser.get();
        try {
            CostImporter.Started started = importer.start(file, fileFormat, fileName, ImportSource.UPLOAD,
                    user.username());
            if (!started.duplicate()) {
                audit.append(AuditRecord.of("cost.import-started", "cost-import",
                        started.costImport().id().toString(), java.util.Map.of("file", fileName == null ? "" : fileName,
                                "format", format, "focusVersion", String.valueOf(started.costImport().focusVersion()))));
            }
            return new Accepted(started.costImport(), started.duplicate());
        } catch (dev.skyway.portal.cost.internal.engine.FocusFormatException e) {
            throw new NotFocusException(e.getMessage(), e.missingColumns());
        }
    }

    @PreAuthorize(READERS)
    public Optional<CostImport> find(UUID id) {
        return rows.find(id);
    }

    @PreAuthorize(READERS)
    public List<CostImport> recent(int limit) {
        return rows.recent(Math.clamp(limit, 1, 500));
    }
}
