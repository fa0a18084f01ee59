package dev.skyway.portal.cost.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import dev.skyway.portal.cost.CostImport;
import dev.skyway.portal.cost.internal.engine.DuckDb;
import dev.skyway.portal.cost.internal.engine.FileFormat;
import dev.skyway.portal.cost.internal.engine.FocusFile;
import dev.skyway.portal.cost.internal.engine.FocusFormatException;
import dev.skyway.portal.cost.internal.engine.ImportSource;
import dev.skyway.portal.cost.internal.engine.LineItemArchive;
import dev.skyway.portal.cost.internal.engine.PeriodScope;
import dev.skyway.portal.cost.internal.engine.RollupAggregator;
import dev.skyway.portal.cost.internal.engine.RollupBatch;
import dev.skyway.portal.cost.internal.engine.RollupStore;
import dev.skyway.portal.cost.internal.insights.AnomalyScan;

/**
 * Imports FOCUS files: the header is checked at once (a file that is not FOCUS is refused before anything is
 * stored), the rest runs in the background, one import at a time: values checked, line items kept as Parquet,
 * rolled up and written, each billing period replaced as a whole. The same bytes imported twice change nothing.
 */
@Service
public class CostImporter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CostImporter.class);

    private final CostImportRows imports;
    private final RollupStore store;
    private final AllocationSource allocations;
    private final DuckDb duckDb;
    private final LineItemArchive archive;
    private final Clock clock;
    private final AnomalyScan anomalyScan;
    private final StoredPeriods storedPeriods;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("cost-import").factory());

    CostImporter(CostImportRows imports, RollupStore store, AllocationSource allocations, CostProperties properties,
                 Clock clock, AnomalyScan anomalyScan, StoredPeriods storedPeriods) {
        this.anomalyScan = anomalyScan;
        this.storedPeriods = storedPeriods;
        this.imports = imports;
        this.store = store;
        this.allocations = allocations;
        this.duckDb = new DuckDb(properties.duckdb().memoryLimit(), properties.duckdb().threads(),
                properties.dataDir().resolve("tmp"));
        this.archive = new LineItemArchive(properties.dataDir());
        this.clock = clock;
        imports.failAbandoned();
    }

    /** An accepted import and whether it is a repeat of one already done (then nothing runs). */
    public record Started(CostImport costImport, boolean duplicate, @Nullable Future<?> done) {
    }

    /**
     * Starts importing {@code file}, which this importer then owns (it deletes it when done).
     *
     * @throws FocusFormatException when the file is not FOCUS (nothing is stored)
     */
    public Started start(Path file, FileFormat format, @Nullable String fileName, ImportSource source,
                         String requestedBy) {
        return start(List.of(file), format, fileName, source, requestedBy);
    }

    /** Starts importing the files of one delivery as one import (they replace their periods together). */
    public Started start(List<Path> files, FileFormat format, @Nullable String fileName, ImportSource source,
                         String requestedBy) {
        String sha256 = files.size() == 1 ? Hashes.sha256(files.getFirst())
                : Hashes.sha256Text(files.stream().map(Hashes::sha256).reduce("", String::concat));
        var earlier = imports.completedWithHash(sha256);
        if (earlier.isPresent()) {
            files.forEach(CostImporter::deleteQuietly);
            return new Started(earlier.get(), true, null);
        }
        String version;
        try (Connection duck = duckDb.open()) {
            version = FocusFile.open(duck, files, format).version();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (FocusFormatException e) {
            files.forEach(CostImporter::deleteQuietly);
            throw e;
        }
        UUID id = UUID.randomUUID();
        CostImport started = imports.start(id, source, fileName, sha256, format.name(), version, requestedBy);
        Future<?> done = worker.submit(() -> run(id, files, format, source));
        return new Started(started, false, done);
    }

    private void run(UUID id, List<Path> files, FileFormat format, ImportSource source) {
        Map<PeriodScope, LineItemArchive.Stored> stored = Map.of();
        long began = System.nanoTime();
        Path scratch = duckDbTemp().resolve("import-" + id + ".parquet");
        try (Connection duck = duckDb.open()) {
            FocusFile focus = FocusFile.open(duck, files, format);
            long opened = System.nanoTime();
            focus.load(scratch);
            long loaded = System.nanoTime();
            stored = archive.store(duck, id, scratch);
            LOG.debug("Cost import {}: opened in {} ms, loaded and checked in {} ms, stored in {} ms", id,
                    (opened - began) / 1_000_000, (loaded - opened) / 1_000_000,
                    (System.nanoTime() - loaded) / 1_000_000);
            Map<PeriodScope, Long> periods = new LinkedHashMap<>();
            Map<PeriodScope, Path> parquet = new LinkedHashMap<>();
            stored.forEach((scope, s) -> {
                periods.put(scope, s.rows());
                parquet.put(scope, s.file());
            });
            long read = System.nanoTime();
            RollupAggregator aggregator = new RollupAggregator(allocations.tagKeys(), allocations.tagRules());
            int[] written = new int[2];
            List<Path> replaced = store.replace(new RollupStore.Delivery(id, source, clock.instant(), false, periods,
                    parquet), allocations.allocation(), sink -> aggregator.aggregate(duck,
                    new ArrayList<>(parquet.values()), r -> {
                        written[0]++;
                        sink.row(r);
                    }, r -> {
                        written[1]++;
                        sink.tagRow(r);
                    }));
            LOG.info("Cost import {}: {} line items read in {} ms, {} rollup rows and {} tag rollup rows written in {} ms",
                    id, periods.values().stream().mapToLong(Long::longValue).sum(), (read - began) / 1_000_000,
                    written[0], written[1], (System.nanoTime() - read) / 1_000_000);
            archive.delete(replaced);
            refreshStatistics();
            List<String> touched = periods.keySet().stream().map(PeriodScope::period).distinct().sorted().toList();
            imports.complete(id, periods.values().stream().mapToLong(Long::longValue).sum(), touched);
            scanForAnomalies(touched);
        } catch (RuntimeException | SQLException e) {
            LOG.warn("Cost import {} failed: {}", id, e.getMessage());
            archive.delete(stored.values().stream().map(LineItemArchive.Stored::file).toList());
            imports.fail(id, e instanceof FocusFormatException ? e.getMessage()
                    : "The import failed: " + e.getMessage());
        } finally {
            files.forEach(CostImporter::deleteQuietly);
            deleteQuietly(scratch);
        }
    }

    /**
     * Stores rollups a source computed itself (Cost Explorer, Athena) as one import, replacing the periods they
     * cover; waits until stored (it runs on the import worker, after any running import).
     *
     * @param label what the imports list shows, e.g. {@code athena:2026-11}
     */
    public CostImport storeBatch(RollupBatch batch, ImportSource source, String label, String requestedBy) {
        UUID id = UUID.randomUUID();
        String sha = Hashes.sha256Text(label + "@" + batch.dataAsOf() + "#" + batch.rows().size());
        imports.start(id, source, label, sha, "API", null, requestedBy);
        Future<?> done = worker.submit(() -> {
            try {
                store.replace(new RollupStore.Delivery(id, source, batch.dataAsOf(), batch.estimated(),
                        batch.periods(), Map.of()), allocations.allocation(), batch);
                refreshStatistics();
                List<String> touched = batch.periods().keySet().stream().map(PeriodScope::period).distinct()
                        .sorted().toList();
                imports.complete(id, batch.rows().stream().mapToLong(r -> r.lineItems()).sum(), touched);
                scanForAnomalies(touched);
            } catch (RuntimeException e) {
                LOG.warn("Storing {} failed: {}", label, e.getMessage(), e);
                imports.fail(id, "Storing the rollups failed: " + e.getMessage());
            }
        });
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return imports.find(id).orElseThrow();
    }

    /**
     * Rolls every stored period up again with today's rules and inventory (after an allocation rule changed or
     * accounts changed owner), in the background after any running import.
     */
    public Future<?> reallocate() {
        return worker.submit(() -> {
            for (StoredPeriods.Stored p : storedPeriods.all()) {
                try (Connection duck = duckDb.open()) {
                    RollupAggregator aggregator = new RollupAggregator(allocations.tagKeys(), allocations.tagRules());
                    store.replace(new RollupStore.Delivery(p.importId(), p.source(), p.dataAsOf(), p.estimated(),
                            Map.of(p.scope(), p.rows()), Map.of(p.scope(), p.file())), allocations.allocation(),
                            sink -> aggregator.aggregate(duck, List.of(p.file()), sink::row, sink::tagRow));
                } catch (RuntimeException | SQLException e) {
                    LOG.warn("Re-allocating {} failed: {}", p.scope(), e.getMessage(), e);
                }
            }
            refreshStatistics();
        });
    }

    /** New statistics for the dashboards' query plans; stale ones only make queries slower, never wrong. */
    private void refreshStatistics() {
        try {
            store.refreshStatistics();
        } catch (RuntimeException e) {
            LOG.warn("Refreshing the rollups' statistics failed: {}", e.getMessage());
        }
    }

    /** Looks for anomalies on the imported days of the last 400 (a failed scan does not fail the import). */
    private void scanForAnomalies(List<String> periods) {
        if (periods.isEmpty()) {
            return;
        }
        java.time.LocalDate yesterday = java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).minusDays(1);
        java.time.LocalDate from = java.time.YearMonth.parse(periods.getFirst()).atDay(1);
        java.time.LocalDate to = java.time.YearMonth.parse(periods.getLast()).atEndOfMonth();
        from = from.isBefore(yesterday.minusDays(399)) ? yesterday.minusDays(399) : from;
        to = to.isAfter(yesterday) ? yesterday : to;
        if (!from.isAfter(to)) {
            try {
                anomalyScan.scan(from, to);
            } catch (RuntimeException e) {
                LOG.warn("The anomaly scan after an import failed: {}", e.getMessage(), e);
            }
        }
    }

    /** A place for an incoming file until its import is done. */
    public Path incomingFile(FileFormat format) {
        try {
            Path directory = Files.createDirectories(duckDbTemp().resolveSibling("incoming"));
            return Files.createTempFile(directory, "import-", switch (format) {
                case CSV -> ".csv";
                case CSV_GZIP -> ".csv.gz";
                case PARQUET -> ".parquet";
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path duckDbTemp() {
        return archive.root().resolveSibling("tmp");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", file, e);
        }
    }

    /**
     * Waits until the work queued so far is done, the anomaly scan that follows each import included: for
     * benchmarks and tests that measure what comes next on a quiet system.
     */
    public void awaitIdle() throws InterruptedException {
        try {
            worker.submit(() -> { }).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
