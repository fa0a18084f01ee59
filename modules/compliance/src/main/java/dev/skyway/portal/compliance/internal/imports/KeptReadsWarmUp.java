package dev.skyway.portal.compliance.internal.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.skyway.portal.compliance.ComplianceTrends;
import dev.skyway.portal.compliance.internal.scores.ScoreInputs;
import dev.skyway.portal.compliance.internal.trends.ChangeQueries;

/**
 * After an import has committed, reads in the background what the compliance pages and the security home keep until
 * the findings change (the organization's control statuses, what changed since yesterday), so that the first person
 * to open them after an import or a sync does not wait for it (seconds at a million findings). Imports that finish
 * while a read runs ask for one more read, not one each (the sandbox replays many days of imports on its first start).
 */
@Component
class KeptReadsWarmUp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KeptReadsWarmUp.class);

    private final ScoreInputs inputs;
    private final ChangeQueries changes;
    private final Clock clock;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("compliance-warm-up").factory());

    KeptReadsWarmUp(ScoreInputs inputs, ChangeQueries changes, Clock clock) {
        this.inputs = inputs;
        this.changes = changes;
        this.clock = clock;
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
            inputs.controlStatuses(null, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
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
