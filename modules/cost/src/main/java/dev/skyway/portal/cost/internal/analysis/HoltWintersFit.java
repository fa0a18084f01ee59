package dev.skyway.portal.cost.internal.analysis;

/**
 * Holt-Winters states after the last day of a history, and the standard deviation of its one-step errors.
 *
 * @param season the seasonal index of each weekday, by day index modulo 7 from the history's first day
 * @param length how many days the history had (it places the forecast's days in the week)
 */
record HoltWintersFit(HoltWintersParameters parameters, double level, double trend, double[] season, double sigma,
                      int length) {

    /**
     * The next {@code days} days. The error variance h steps ahead is sigma² · (1 + Σ_{j<h} c_j²) with
     * c_j = alpha + beta · (phi + … + phi^j) + gamma when j is a whole number of weeks (Hyndman et al., ETS(A,Ad,A)).
     */
    RawForecast forecast(int days) {
        double[] mean = new double[days];
        double[] standardError = new double[days];
        HoltWintersParameters p = parameters;
        double phiPower = 1;
        double dampedSteps = 0;
        double varianceGrowth = 1;
        for (int h = 1; h <= days; h++) {
            phiPower *= p.phi();
            dampedSteps += phiPower;
            mean[h - 1] = level + dampedSteps * trend + season[(length + h - 1) % HoltWinters.SEASON];
            standardError[h - 1] = sigma * Math.sqrt(varianceGrowth);
            double c = p.alpha() + p.beta() * dampedSteps + (h % HoltWinters.SEASON == 0 ? p.gamma() : 0);
            varianceGrowth += c * c;
        }
        String method = p.damped() ? Forecaster.METHOD_HOLT_WINTERS_DAMPED : Forecaster.METHOD_HOLT_WINTERS;
        return new RawForecast(mean, standardError, method);
    }
}
