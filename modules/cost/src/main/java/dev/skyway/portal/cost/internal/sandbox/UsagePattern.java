package dev.skyway.portal.cost.internal.sandbox;

/**
 * How much of its meter a resource uses per day: {@code dailyQuantity} on a weekday at the start of the window,
 * scaled by {@code weekendFactor} on Saturdays and Sundays, growing by {@code monthlyGrowth} a month, with noise of
 * up to {@code noise} either way. Quantities priced per month (storage GB-months, keys) accrue
 * {@code dailyQuantity / days in month} a day, as AWS bills them.
 */
record UsagePattern(double dailyQuantity, double weekendFactor, double monthlyGrowth, double noise,
                    boolean pricedPerMonth) {

    /** An instance running {@code hoursPerWeekday} hours a weekday, times {@code weekendFactor} at the weekend. */
    static UsagePattern hours(double hoursPerWeekday, double weekendFactor) {
        return new UsagePattern(hoursPerWeekday, weekendFactor, 0, 0, false);
    }

    static UsagePattern daily(double quantity, double weekendFactor, double monthlyGrowth, double noise) {
        return new UsagePattern(quantity, weekendFactor, monthlyGrowth, noise, false);
    }

    static UsagePattern monthly(double quantity, double monthlyGrowth) {
        return new UsagePattern(quantity, 1.0, monthlyGrowth, 0.004, true);
    }
}
