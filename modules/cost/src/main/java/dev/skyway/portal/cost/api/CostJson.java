package dev.skyway.portal.cost.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.Breakdown;
import dev.skyway.portal.cost.CostImport;
import dev.skyway.portal.cost.DailySeries;

/** The cost API's JSON shapes. Amounts are rounded to cents for display; totals are summed before rounding. */
final class CostJson {

    private CostJson() {
    }

    record ImportJson(UUID id, String status, String source, @Nullable String fileName, long rows,
                      @Nullable String focusVersion, List<String> billingPeriods, @Nullable String error,
                      Instant startedAt, @Nullable Instant finishedAt, boolean duplicate) {

        static ImportJson of(CostImport i, boolean duplicate) {
            return new ImportJson(i.id(), i.status(), i.source(), i.fileName(), i.rows(), i.focusVersion(),
                    i.billingPeriods(), i.error(), i.startedAt(), i.finishedAt(), duplicate);
        }
    }

    record GroupJson(String key, String label, BigDecimal amount) {
    }

    record BreakdownJson(LocalDate start, LocalDate end, String metric, String currency, BigDecimal total,
                         List<GroupJson> groups, List<String> otherCurrencies, String scope) {

        static BreakdownJson of(Breakdown b) {
            return new BreakdownJson(b.start(), b.end(), b.metric().name(), b.currency(), cents(b.total()),
                    b.groups().stream().map(g -> new GroupJson(g.key(), g.label(), cents(g.amount()))).toList(),
                    b.otherCurrencies(), b.scope());
        }
    }

    record PointJson(LocalDate date, BigDecimal amount, boolean estimated) {
    }

    record SeriesJson(String key, String label, BigDecimal total, List<PointJson> points) {
    }

    record DailyJson(LocalDate start, LocalDate end, String metric, String currency, List<SeriesJson> series,
                     String scope) {

        static DailyJson of(DailySeries d) {
            return new DailyJson(d.start(), d.end(), d.metric().name(), d.currency(), d.series().stream()
                    .map(s -> new SeriesJson(s.key(), s.label(), cents(s.total()), s.points().stream()
                            .map(p -> new PointJson(p.date(), cents(p.amount()), p.estimated())).toList()))
                    .toList(), d.scope());
        }
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
