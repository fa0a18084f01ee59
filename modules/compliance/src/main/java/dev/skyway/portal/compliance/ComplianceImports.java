package dev.skyway.portal.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.compliance.internal.imports.FindingImporter;
import dev.skyway.portal.compliance.internal.imports.ImportRows;
import dev.skyway.portal.compliance.internal.parse.FindingsReader;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;

/**
 * Importing findings files (security and platform admins): Prowler's OCSF JSON or CSV, or ASFF. The whole file is
 * checked while it is handed in (a file that is not one of these, or holds an unreadable finding, is refused and
 * nothing is stored); it is then stored in the background, in one transaction.
 */
@Service
public class ComplianceImports {

    private final FindingImporter importer;
    private final ImportRows rows;
    private final CurrentUser currentUser;
    private final AuditLedger audit;

    ComplianceImports(FindingImporter importer, ImportRows rows, CurrentUser currentUser, AuditLedger audit) {
        this.importer = importer;
        this.rows = rows;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Takes one findings file.
     *
     * @param fullScan true when the file is a whole scan of its accounts: the source's open findings about those
     *                 accounts that the file lacks are resolved
     * @return the import, RUNNING
     * @throws FindingsFileException naming why the file is refused (nothing is stored)
     */
    @PreAuthorize(Roles.SECURITY)
    public FindingImport upload(InputStream body, UploadType type, @Nullable String fileName, boolean fullScan) {
        Path file = importer.incomingFile();
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FindingImport started = importer.startFile(file, type == UploadType.CSV ? FindingsReader.Declared.CSV
                : FindingsReader.Declared.JSON, fileName, fullScan, currentUser.get().username()).findingImport();
        audit.append(AuditRecord.of("compliance.import-started", "finding-import", started.id().toString(),
                Map.of("file", fileName == null ? "" : fileName, "format", started.format(),
                        "source", String.valueOf(started.source()), "fullScan", fullScan)));
        return started;
    }

    @PreAuthorize(Roles.SECURITY)
    public Optional<FindingImport> find(UUID id) {
        return rows.find(id);
    }

    /** The latest imports, newest first. */
    @PreAuthorize(Roles.SECURITY)
    public List<FindingImport> recent(int limit) {
        return rows.recent(Math.clamp(limit, 1, 500));
    }
}
