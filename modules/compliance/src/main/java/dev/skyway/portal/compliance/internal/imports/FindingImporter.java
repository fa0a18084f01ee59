package dev.skyway.portal.compliance.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.compliance.FindingImport;
import dev.skyway.portal.compliance.FindingsFileException;
import dev.skyway.portal.compliance.ImportCounts;
import dev.skyway.portal.compliance.internal.ComplianceProperties;
import dev.skyway.portal.compliance.internal.frameworks.ControlMappings;
import dev.skyway.portal.compliance.internal.parse.FindingsReader;
import dev.skyway.portal.compliance.internal.parse.ParsedFinding;
import dev.skyway.portal.compliance.internal.parse.ReadSummary;

/**
 * Runs imports, one at a time (two imports of the same findings must not race): a file is read once to validate it
 * (refused with nothing stored when it is not a findings file or holds unreadable findings), then read again in the
 * background and stored in one transaction. Syncs and the sandbox hand their findings over with
 * {@link #store(ImportRows.Started, Consumer)} and wait for them to be stored.
 */
@Service
public class FindingImporter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FindingImporter.class);
    /** Far longer than any import takes (a million findings take minutes), so only a dead process's are swept. */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofHours(1);

    private final ImportRows imports;
    private final DSLContext db;
    private final ControlMappings mappings;
    private final TransactionTemplate transactions;
    private final KeptReadsWarmUp warmUp;
    private final Clock clock;
    private final Path incoming;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("compliance-import").factory());

    FindingImporter(ImportRows imports, DSLContext db, ControlMappings mappings, TransactionTemplate transactions,
                    Clock clock, ComplianceProperties properties, KeptReadsWarmUp warmUp) {
        this.warmUp = warmUp;
        this.imports = imports;
        this.db = db;
        this.mappings = mappings;
        this.transactions = transactions;
        this.clock = clock;
        this.incoming = properties.dataDir().resolve("incoming");
        imports.failAbandoned(ABANDONED_AFTER);
    }

    /** An accepted file's import, and when it is done. */
    public record Started(FindingImport findingImport, Future<?> done) {
    }

    /** A place for an uploaded file until its import is done. */
    public Path incomingFile() {
        try {
            return Files.createTempFile(Files.createDirectories(incoming), "findings-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates {@code file} (which this importer then owns and deletes) and imports it in the background.
     *
     * @throws FindingsFileException when it is not a findings file, holds unreadable findings or none at all
     */
    public Started startFile(Path file, FindingsReader.Declared declared, @Nullable String fileName,
                             boolean fullScan, String requestedBy) {
        return startFile(file, declared, fileName, fullScan, requestedBy, "UPLOAD");
    }

    /**
     * As {@link #startFile(Path, FindingsReader.Declared, String, boolean, String)}, for a file that came another
     * way than an upload ({@code origin} {@code S3_DROP}: a file dropped in the findings bucket).
     */
    public Started startFile(Path file, FindingsReader.Declared declared, @Nullable String fileName,
                             boolean fullScan, String requestedBy, String origin) {
        ReadSummary summary;
        String sha256;
        try {
            summary = FindingsReader.read(file, declared, finding -> { });
            if (summary.findings() == 0) {
                throw new FindingsFileException("The file holds no findings" + (summary.skipped() == 0 ? ""
                        : " (only " + summary.skipped() + " archived records, which are skipped)"));
            }
            sha256 = sha256(file);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        UUID id = UUID.randomUUID();
        FindingImport started = imports.start(id, new ImportRows.Started(origin, summary.format().name(),
                sources(summary.sources()), fileName, sha256, fullScan, requestedBy));
        Future<?> done = worker.submit(() -> {
            try {
                run(id, fullScan, sink -> FindingsReader.read(file, declared, sink), clock.instant());
            } finally {
                delete(file);
            }
        });
        return new Started(started, done);
    }

    /**
     * Stores the findings {@code producer} hands to its sink as one import (after any running import) and waits.
     *
     * @return the import, COMPLETED or FAILED
     */
    public FindingImport store(ImportRows.Started what, Consumer<Consumer<ParsedFinding>> producer) {
        return store(what, clock.instant(), producer);
    }

    /**
     * As {@link #store(ImportRows.Started, Consumer)}, recorded as happening at {@code at} (the findings' history and
     * last seen): the sandbox replays the days before its first start with it.
     */
    public FindingImport store(ImportRows.Started what, java.time.Instant at,
                               Consumer<Consumer<ParsedFinding>> producer) {
        UUID id = UUID.randomUUID();
        imports.start(id, what);
        try {
            worker.submit(() -> run(id, what.fullScan(), producer, at)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return imports.find(id).orElseThrow();
    }

    private void run(UUID id, boolean fullScan, Consumer<Consumer<ParsedFinding>> producer, java.time.Instant at) {
        long began = System.nanoTime();
        try {
            Stored stored = transactions.execute(status -> write(id, fullScan, producer, at));
            imports.complete(id, stored.counts(), stored.accounts());
            warmUp.afterImport();
            LOG.info("Compliance import {}: {} findings ({} new, {} changed, {} resolved) in {} ms", id,
                    stored.counts().findings(), stored.counts().created(), stored.counts().changed(),
                    stored.counts().resolved(), (System.nanoTime() - began) / 1_000_000);
        } catch (FindingsFileException e) {
            imports.fail(id, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Compliance import {} failed: {}", id, e.getMessage(), e);
            imports.fail(id, "The import failed, nothing of it was stored: " + e.getMessage());
        }
    }

    private record Stored(ImportCounts counts, Set<String> accounts) {
    }

    private Stored write(UUID id, boolean fullScan, Consumer<Consumer<ParsedFinding>> producer,
                         java.time.Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        FindingWriter writer = new FindingWriter(db, id, now, mappings.keys());
        producer.accept(writer);
        writer.flush();
        Resolution resolution = new Resolution(db, id, now);
        long resolved = fullScan ? resolution.resolveAbsent(writer.scopes()) : 0;
        Set<String> accounts = new TreeSet<>();
        writer.scopes().forEach(s -> accounts.add(s.accountId()));
        resolution.markDuplicates(accounts);
        return new Stored(new ImportCounts(writer.findings(), writer.created(), writer.changed(), resolved,
                writer.merged()), accounts);
    }

    private static @Nullable String sources(Set<String> sources) {
        String joined = String.join(",", new TreeSet<>(sources));
        return joined.isEmpty() ? null : joined.length() > 64 ? joined.substring(0, 64) : joined;
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", file, e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
