package dev.skyway.portal.provisioning.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.provisioning.ActualCost;
import dev.skyway.portal.provisioning.CostComparisons;
import dev.skyway.portal.provisioning.EstimateAccuracy;

/**
 * The words for estimate against actual, the same on every page: an unknown actual is said to be unknown, never
 * shown as 0.
 */
final class CostFigures {

    static final String NOT_KNOWN = "not known yet";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    private CostFigures() {
    }

    /** "Estimate $120.00/month · Actual $134.40/month (May 2026, final) · 112% of the estimate". */
    static String comparison(@Nullable Money estimate, @Nullable ActualCost actual, boolean connected) {
        String estimated = "Estimate " + (estimate == null ? "unknown (no cost model)" : perMonth(estimate));
        if (actual == null) {
            return estimated + " · Actual " + NOT_KNOWN + (connected ? " (no cost data for it so far)"
                    : " (cost data is not connected)");
        }
        BigDecimal ratio = actual.ratioTo(estimate);
        return estimated + " · Actual " + perMonth(actual.monthly()) + " (" + period(actual) + ")"
                + (ratio == null ? "" : " · " + percent(ratio) + " of the estimate");
    }

    /** A grid cell: "$120.00 / $134.40 (112%)", "$120.00 / not known yet". */
    static String cell(@Nullable Money estimate, @Nullable ActualCost actual) {
        String estimated = estimate == null ? "—" : money(estimate);
        if (actual == null) {
            return estimated + " / " + NOT_KNOWN;
        }
        BigDecimal ratio = actual.ratioTo(estimate);
        return estimated + " / " + money(actual.monthly()) + (ratio == null ? "" : " (" + percent(ratio) + ")");
    }

    /** "May 2026, final", "last 30 days to 31 May 2026, may still change", "projected from 12 days, estimated". */
    static String period(ActualCost actual) {
        String when = switch (actual.basis()) {
            case LAST_FULL_MONTH -> actual.from().getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " "
                    + actual.from().getYear();
            case LAST_30_DAYS -> "last 30 days to " + DAY.format(actual.to());
            case PROJECTED -> "projected from " + actual.days() + (actual.days() == 1 ? " day" : " days")
                    + " to " + DAY.format(actual.to());
        };
        String status = switch (actual.status()) {
            case FINAL -> "final";
            case OPEN -> "may still change";
            case ESTIMATED -> "estimated by the source";
        };
        return when + ", " + status;
    }

    /**
     * What approvers read of a team: "actual was 112% of estimates over 6 resources in the last 90 days. Worst
     * misses: ...", "no history yet ...", or not known.
     */
    static String accuracy(Optional<EstimateAccuracy> known) {
        long days = CostComparisons.ACCURACY_WINDOW.toDays();
        if (known.isEmpty()) {
            return NOT_KNOWN + " (cost data is not connected)";
        }
        EstimateAccuracy a = known.get();
        BigDecimal ratio = a.ratio();
        if (a.resources() == 0 || ratio == null) {
            return "no history yet (nothing it provisioned in the last " + days + " days has a month of cost)";
        }
        String text = "actual was " + percent(ratio) + " of estimates over " + a.resources()
                + (a.resources() == 1 ? " resource" : " resources") + " in the last " + days + " days";
        if (a.worstMisses().isEmpty()) {
            return text + ".";
        }
        return text + ". Worst misses: " + a.worstMisses().stream().map(m -> m.name() + " (estimate "
                + perMonth(m.estimate()) + ", actual " + perMonth(m.actual()) + ")").collect(Collectors.joining(", "))
                + ".";
    }

    static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String perMonth(Money money) {
        return money(money) + "/month";
    }

    private static String money(Money money) {
        return Formats.money(money.amount(), money.currency());
    }
}
