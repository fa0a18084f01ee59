package dev.skyway.portal.compliance.internal.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import dev.skyway.portal.platform.kept.KeptReads;

/**
 * After an import has committed, reads in the background what the compliance pages and the security home keep until
 * the findings change (the organization's control statuses, what changed since yesterday), so that the first person
 * to open them after an import or a sync does not wait for it (seconds at a million findings). Imports that finish
 * while a read runs ask for one more read, not one each (the sandbox replays many days of imports on its first start).
 * Every replica also looks once a minute (and a minute after it starts) whether what it would read changed without an
 * import of its own (an import on another replica, a waiver, a new day or hour) and reads it then. Two more reads keep
 * the first visitor from waiting: results kept for nearly their time bound ({@link FindingsVersion#KEPT_AT_MOST}) are
 * read again before it ends, and a few minutes before the hour (or the day) turns, what the pages will ask for then is
 * read ahead (measured at a million findings: the first security home of each hour took 9 s).
 */
@Component
class KeptReadsWarmUp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KeptReadsWarmUp.class);

    private final ScoreInputs inputs;
    private final ChangeQueries changes;
    private final FindingsVersion version;
    /**
     * Kept results are read again this long after they were read: before their time bound ends, and before a visitor's
     * call would start the read in the background that {@link KeptReads} does itself
     * at three quarters of the bound (so that they are not read twice); that one covers results with no warm-up.
     */
    static final Duration RENEW_AFTER = KeptReads.renewedAfter(FindingsVersion.KEPT_AT_MOST)
            .minus(Duration.ofMinutes(2));
    /** How long before the hour (or the day) turns the results of the next one are read. */
    static final Duration AHEAD = Duration.ofMinutes(3);

    private final Clock clock;
    private volatile List<Object> lastRead = List.of();
    private volatile Instant lastReadAt = Instant.MIN;
    private volatile List<Object> lastAhead = List.of();
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
            Instant now = clock.instant();
            Object findings = version.current();
            List<Object> current = wouldRead(findings, now);
            List<Object> ahead = wouldRead(findings, now.plus(AHEAD));
            if (!current.equals(lastRead)) {
                afterImport();
            } else if (lastReadAt.isBefore(now.minus(RENEW_AFTER))) {
                lastReadAt = now;
                worker.execute(() -> readAgain(now));
            } else if (!ahead.equals(current) && !ahead.equals(lastAhead)) {
                lastAhead = ahead;
                worker.execute(() -> read(now.plus(AHEAD)));
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not look at the findings' version: {}", e.getMessage());
        }
    }

    /** What the kept results are keyed by: the findings' version, the day, the default "since". */
    private static List<Object> wouldRead(Object findings, Instant at) {
        return List.of(findings, day(at), ComplianceTrends.defaultSince(at));
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
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
        Instant now = clock.instant();
        lastRead = wouldRead(version.current(), now);
        lastReadAt = now;
        read(now);
    }

    /** Reads what the pages ask for at {@code at} (kept results are taken as they are). */
    private void read(Instant at) {
        try {
            long began = System.nanoTime();
            inputs.controlStatuses(null, day(at));
            changes.since(ComplianceTrends.defaultSince(at), null);
            LOG.debug("Compliance reads for {} kept in {} ms", at, (System.nanoTime() - began) / 1_000_000);
        } catch (RuntimeException e) {
            // only a head start: the pages read it themselves when this did not
            LOG.debug("Could not read the compliance results ahead: {}", e.getMessage());
        }
    }

    /** Reads the kept results again, before their time bound ends. */
    private void readAgain(Instant now) {
        try {
            inputs.readStatusesAgain(null, day(now));
            changes.readAgain(ComplianceTrends.defaultSince(now), null);
        } catch (RuntimeException e) {
            LOG.debug("Could not read the compliance results again: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
