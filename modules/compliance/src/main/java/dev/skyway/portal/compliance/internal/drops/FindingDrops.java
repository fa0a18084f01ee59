package dev.skyway.portal.compliance.internal.drops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.skyway.portal.compliance.FindingImport;
import dev.skyway.portal.compliance.FindingsFileException;
import dev.skyway.portal.compliance.internal.imports.FindingImporter;
import dev.skyway.portal.compliance.internal.imports.ImportRows;
import dev.skyway.portal.compliance.internal.parse.FindingsReader;
import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.jobs.SyncJob;

/**
 * The drop job ({@code compliance-drops}): every file version in the drop location not taken before is imported,
 * oldest first, through the same importer as uploads (origin {@code S3_DROP}), and remembered with its import so it is
 * taken once; written again (a new ETag) it is imported again. A file that is not a findings file is recorded as a
 * FAILED import with the reason and never read again; it does not stop the others. A read that AWS throttled or did
 * not answer is left for the next run. Without a location the job does nothing and says what to set.
 */
public class FindingDrops implements SyncJob<FindingDrops.Run> {

    public static final String NAME = "compliance-drops";
    static final String ORIGIN = "S3_DROP";
    private static final Logger LOG = LoggerFactory.getLogger(FindingDrops.class);

    private final @Nullable DropLocation location;
    private final FindingImporter importer;
    private final ImportRows imports;
    private final DroppedFiles files;
    private final DropProperties properties;
    private final Clock clock;

    FindingDrops(@Nullable DropLocation location, FindingImporter importer, ImportRows imports, DroppedFiles files,
                 DropProperties properties, Clock clock) {
        this.location = location;
        this.importer = importer;
        this.imports = imports;
        this.files = files;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one run did. */
    public record Run(int imported, int failed, int later, long findings, String where) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return location instanceof S3Drops ? "aws" : "sandbox";
    }

    /** The location read, e.g. {@code s3://findings/prowler/}; absent when none is configured. */
    public Optional<String> where() {
        return Optional.ofNullable(location).map(DropLocation::describe);
    }

    @Override
    public Run fetch() {
        if (location == null) {
            return new Run(0, 0, 0, 0, "");
        }
        Set<String> taken = files.taken(location.store());
        List<DroppedObject> fresh = location.list().stream()
                .filter(o -> DropFormats.of(o.key()).isPresent())
                .filter(o -> !taken.contains(DroppedFiles.version(o.key(), o.eTag())))
                .sorted(Comparator.comparing(DroppedObject::lastModified).thenComparing(DroppedObject::key))
                .toList();
        int imported = 0;
        int failed = 0;
        int later = 0;
        long findings = 0;
        for (DroppedObject object : fresh) {
            Optional<FindingImport> outcome = take(location, object);
            if (outcome.isEmpty()) {
                later++;
            } else if (FindingImport.COMPLETED.equals(outcome.get().status())) {
                imported++;
                findings += outcome.get().counts().findings();
            } else {
                failed++;
            }
        }
        return new Run(imported, failed, later, findings, location.describe());
    }

    /** Imports one file version; empty when it is left for the next run. */
    private Optional<FindingImport> take(DropLocation at, DroppedObject object) {
        String name = at.describe(object);
        if (object.size() > properties.maxFileSize().toBytes()) {
            return Optional.of(refused(at, object, "The file has " + object.size() + " bytes, more than the "
                    + properties.maxFileSize().toBytes() + " that portal.compliance.drops.max-file-size allows"));
        }
        Path file = importer.incomingFile();
        try {
            at.download(object, file);
        } catch (AwsCallException e) {
            delete(file);
            if (e.failure().retryable()) {
                LOG.warn("Findings drop {} left for the next run: {}", name, e.failure().messageWithRequestId());
                return Optional.empty();
            }
            return Optional.of(refused(at, object, e.failure().messageWithRequestId()));
        } catch (RuntimeException e) {
            delete(file);
            LOG.warn("Findings drop {} could not be read; left for the next run", name, e);
            return Optional.empty();
        }
        try {
            FindingImporter.Started started = importer.startFile(file,
                    DropFormats.of(object.key()).orElseThrow(), cut(name), properties.fullScan(),
                    PortalUser.SYSTEM.username(), ORIGIN);
            files.take(at.store(), object, started.findingImport().id(), clock.instant());
            started.done().get();
            return imports.find(started.findingImport().id());
        } catch (FindingsFileException e) {
            return Optional.of(refused(at, object, e.getMessage()));
        } catch (RuntimeException e) {
            // whatever else went wrong with this file must not stop the others, nor come back every run
            LOG.warn("Findings drop {} could not be imported", name, e);
            return Optional.of(refused(at, object, "The file could not be imported: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The import of " + name + " failed: " + e.getCause(), e.getCause());
        }
    }

    /** A file version that will not be imported: a FAILED import says why, and it is never read again. */
    private FindingImport refused(DropLocation at, DroppedObject object, String reason) {
        UUID id = UUID.randomUUID();
        imports.start(id, new ImportRows.Started(ORIGIN, "UNREADABLE", null, cut(at.describe(object)), null,
                properties.fullScan(), PortalUser.SYSTEM.username()));
        imports.fail(id, reason);
        files.take(at.store(), object, id, clock.instant());
        LOG.warn("Findings drop {} refused: {}", at.describe(object), reason);
        return imports.find(id).orElseThrow();
    }

    @Override
    public SyncOutcome store(Run run) {
        if (location == null) {
            return new SyncOutcome(0, "No drop location is set: set portal.compliance.drops.bucket (and prefix) "
                    + "in AWS mode, or portal.compliance.drops.directory");
        }
        return new SyncOutcome(run.imported(), files(run.imported()) + " imported from " + run.where() + " ("
                + run.findings() + " findings), " + run.failed() + " refused"
                + (run.later() == 0 ? "" : ", " + run.later() + " left for the next run"));
    }

    @Override
    public @Nullable SyncFailure explain(RuntimeException e) {
        if (e instanceof AwsCallException aws) {
            return new SyncFailure(aws.getMessage(), aws.failure().requestId());
        }
        return e instanceof IllegalStateException || e instanceof java.io.UncheckedIOException
                ? new SyncFailure(e.getMessage(), null) : null;
    }

    private static String files(int count) {
        return count == 1 ? "1 new file" : count + " new files";
    }

    private static String cut(String text) {
        return text.length() > 1024 ? text.substring(0, 1024) : text;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            LOG.debug("Could not delete {}", file, e);
        }
    }
}
