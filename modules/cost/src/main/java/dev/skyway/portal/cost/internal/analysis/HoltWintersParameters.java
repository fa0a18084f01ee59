package dev.skyway.portal.cost.internal.analysis;

/**
 * Smoothing parameters of additive Holt-Winters in error-correction form (ETS(A,Ad,A)): each one-step error moves the
 * level by {@code alpha}, the trend by {@code beta} and the day's seasonal index by {@code gamma}; {@code phi} damps
 * the trend (1 = not damped).
 */
record HoltWintersParameters(double alpha, double beta, double gamma, double phi) {

    boolean damped() {
        return phi < 0.999;
    }
}
