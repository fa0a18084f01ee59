package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * A resource's quantity on a given day: its usage pattern (weekends, growth, noise) plus any surge injected on that
 * day. Quantities are rounded to six decimals, the precision the files carry.
 */
final class UsageCurve {

    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private final Seeded dice;
    private final LocalDate windowStart;
    private final List<Surge> surges;

    /** Extra quantity a resource uses every day from {@code firstDay} to {@code lastDay}. */
    record Surge(String resourceId, LocalDate firstDay, LocalDate lastDay, double extraPerDay) {
    }

    UsageCurve(Seeded dice, LocalDate windowStart, List<Surge> surges) {
        this.dice = dice;
        this.windowStart = windowStart;
        this.surges = List.copyOf(surges);
    }

    UsageCurve withSurges(List<Surge> more) {
        return new UsageCurve(dice, windowStart, Stream.concat(surges.stream(), more.stream())
                .toList());
    }

    /** Zero when the resource does not exist or is not used that day. */
    BigDecimal quantity(SandboxResource resource, LocalDate day) {
        if (!resource.activeOn(day)) {
            return BigDecimal.ZERO;
        }
        UsagePattern usage = resource.usage();
        double quantity = usage.dailyQuantity();
        if (weekend(day)) {
            quantity *= usage.weekendFactor();
        }
        if (usage.monthlyGrowth() != 0) {
            double months = ChronoUnit.DAYS.between(windowStart, day) / DAYS_PER_MONTH;
            quantity *= StrictMath.pow(1 + usage.monthlyGrowth(), months);
        }
        if (usage.noise() != 0) {
            quantity *= 1 + usage.noise() * (2 * dice.unit(resource.resourceId(), day.toEpochDay()) - 1);
        }
        if (usage.pricedPerMonth()) {
            quantity /= day.lengthOfMonth();
        }
        for (Surge surge : surges) {
            if (surge.resourceId().equals(resource.resourceId()) && !day.isBefore(surge.firstDay())
                    && !day.isAfter(surge.lastDay())) {
                quantity += surge.extraPerDay();
            }
        }
        return BigDecimal.valueOf(quantity).setScale(6, RoundingMode.HALF_EVEN);
    }

    /** The day's on-demand cost of the resource, as a double for sizing decisions (not for the files). */
    double listCost(SandboxResource resource, LocalDate day) {
        return quantity(resource, day).doubleValue() * resource.meter().unitPrice().doubleValue();
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
