package dev.skyway.portal.compliance.internal.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.skyway.portal.compliance.ComplianceTrends;
import dev.skyway.portal.compliance.internal.findings.FindingsVersion;
import dev.skyway.portal.compliance.internal.scores.ScoreInputs;
import dev.skyway.portal.compliance.internal.trends.ChangeQueries;

/**
 * After an import has committed, reads in the background what the compliance pages and the security home keep until
 * the findings change (the organization's control statuses, what changed since yesterday), so that the first person
 * to open them after an import or a sync does not wait for it (seconds at a million findings). Imports that finish
 * while a read runs ask for one more read, not one each (the sandbox replays many days of imports on its first start).
 * Every replica also looks once a minute (and a minute after it starts) whether what it would read changed without an
 * import of its own (an import on another replica, a waiver, a new day or hour) and reads it then.
 */
@Component
class KeptReadsWarmUp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KeptReadsWarmUp.class);

    private final ScoreInputs inputs;
    private final ChangeQueries changes;
    private final FindingsVersion version;
    private final Clock clock;
    private volatile List<Object> lastRead = List.of();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("compliance-warm-up").factory());

    KeptReadsWarmUp(ScoreInputs inputs, ChangeQueries changes, FindingsVersion version, Clock clock) {
        this.inputs = inputs;
        this.changes = changes;
        this.version = version;
        this.clock = clock;
    }

    /** Reads again when the kept results would be read anew: the findings' version, the day or the hour moved. */
    @Scheduled(initialDelayString = "${portal.compliance.warm-up-check:PT1M}",
            fixedDelayString = "${portal.compliance.warm-up-check:PT1M}")
    void whenChangedElsewhere() {
        try {
            if (!wouldRead().equals(lastRead)) {
                afterImport();
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not look at the findings' version: {}", e.getMessage());
        }
    }

    /** What the kept results are keyed by: the findings' version, today, the default "since". */
    private List<Object> wouldRead() {
        return List.of(version.current(), today(), ComplianceTrends.defaultSince(clock.instant()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Asks for a read of the kept results; returns at once. */
    void afterImport() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                warm();
            });
        }
    }

    private void warm() {
        try {
            long began = System.nanoTime();
            lastRead = wouldRead();
            inputs.controlStatuses(null, today());
            changes.since(ComplianceTrends.defaultSince(clock.instant()), null);
            LOG.debug("Compliance reads kept after an import in {} ms", (System.nanoTime() - began) / 1_000_000);
        } catch (RuntimeException e) {
            // only a head start: the pages read it themselves when this did not
            LOG.debug("Could not read the compliance results ahead: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
