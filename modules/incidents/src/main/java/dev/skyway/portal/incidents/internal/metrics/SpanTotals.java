package dev.skyway.portal.incidents.internal.metrics;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.MetricsFigures;

/**
 * The sums (whole seconds) and counts of the four spans of a group of incidents, MTTD, MTTA, MTTM and MTTR in that
 * order: groups merge by adding, so the database can sum per day and team and the means are taken last.
 */
public final class SpanTotals {

    public static final int SPANS = 4;

    private int count;
    private final long[] sums = new long[SPANS];
    private final int[] measured = new int[SPANS];

    /** @param sums the sums of the non-negative spans; {@code measured} how many there were, per span */
    public static SpanTotals of(int count, long[] sums, int[] measured) {
        SpanTotals totals = new SpanTotals();
        totals.count = count;
        System.arraycopy(sums, 0, totals.sums, 0, SPANS);
        System.arraycopy(measured, 0, totals.measured, 0, SPANS);
        return totals;
    }

    public int count() {
        return count;
    }

    public SpanTotals add(SpanTotals other) {
        count += other.count;
        for (int i = 0; i < SPANS; i++) {
            sums[i] += other.sums[i];
            measured[i] += other.measured[i];
        }
        return this;
    }

    /** One incident's spans; a negative span (e.g. an impact start edited to after detection) is left out. */
    SpanTotals add(IncidentTimestamps t) {
        count++;
        Instant[][] spans = {{t.impactStartedAt(), t.detectedAt()}, {t.detectedAt(), t.acknowledgedAt()},
            {t.detectedAt(), t.mitigatedAt()}, {t.detectedAt(), t.resolvedAt()}};
        for (int i = 0; i < SPANS; i++) {
            if (spans[i][0] != null && spans[i][1] != null) {
                Duration d = Duration.between(spans[i][0], spans[i][1]);
                if (!d.isNegative()) {
                    sums[i] += d.toSeconds();
                    measured[i]++;
                }
            }
        }
        return this;
    }

    public MetricsFigures figures(String key) {
        return new MetricsFigures(key, count, mean(0), mean(1), mean(2), mean(3));
    }

    private @Nullable Long mean(int span) {
        return measured[span] == 0 ? null : Math.round((double) sums[span] / measured[span]);
    }
}
