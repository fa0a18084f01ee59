package dev.skyway.portal.cost.internal.analysis;

/**
 * Finds the Holt-Winters parameters with the least one-step-ahead squared error: a coarse grid, then a pattern search
 * around its best point. About a thousand runs over the history: a few milliseconds for a year and a half of days.
 * <p>
 * It searches alpha, beta as a share of alpha and gamma as a share of 1 − alpha, which keeps every candidate inside
 * the usual admissible region (0 ≤ beta ≤ alpha, 0 ≤ gamma ≤ 1 − alpha), and phi in [0.8, 1].
 */
final class HoltWintersSearch {

    private static final double[][] GRID = {
            {0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9},
            {0, 0.02, 0.1, 0.3},
            {0.01, 0.1, 0.3, 0.6},
            {0.85, 0.95, 0.98, 1}};
    private static final double[] LOWER = {0.01, 0, 0, 0.8};
    private static final double[] UPPER = {0.99, 0.99, 0.99, 1};
    private static final double[] FIRST_STEP = {0.05, 0.05, 0.05, 0.02};
    private static final double LAST_STEP = 0.002;
    private static final int MAX_PATTERN_RUNS = 400;

    private HoltWintersSearch() {
    }

    static HoltWintersFit bestFit(HoltWinters model) {
        // the tamest smoothing stays the answer if every candidate overflows
        double[] best = {GRID[0][0], GRID[1][0], GRID[2][0], GRID[3][0]};
        double bestSse = model.sumOfSquaredErrors(parameters(best));
        for (double alpha : GRID[0]) {
            for (double betaShare : GRID[1]) {
                for (double gammaShare : GRID[2]) {
                    for (double phi : GRID[3]) {
                        double[] candidate = {alpha, betaShare, gammaShare, phi};
                        double sse = model.sumOfSquaredErrors(parameters(candidate));
                        if (sse < bestSse) {
                            best = candidate;
                            bestSse = sse;
                        }
                    }
                }
            }
        }
        return model.fit(parameters(refine(model, best, bestSse)));
    }

    /** Moves one coordinate at a time while that lowers the error, halving the steps when none does. */
    private static double[] refine(HoltWinters model, double[] start, double startSse) {
        double[] best = start.clone();
        double bestSse = startSse;
        double[] step = FIRST_STEP.clone();
        int runs = 0;
        while (step[0] > LAST_STEP && runs < MAX_PATTERN_RUNS) {
            boolean improved = false;
            for (int i = 0; i < best.length; i++) {
                for (int direction = -1; direction <= 1; direction += 2) {
                    double[] candidate = best.clone();
                    candidate[i] = Math.clamp(best[i] + direction * step[i], LOWER[i], UPPER[i]);
                    if (candidate[i] == best[i]) {
                        continue;
                    }
                    double sse = model.sumOfSquaredErrors(parameters(candidate));
                    runs++;
                    if (sse < bestSse) {
                        best = candidate;
                        bestSse = sse;
                        improved = true;
                    }
                }
            }
            if (!improved) {
                for (int i = 0; i < step.length; i++) {
                    step[i] /= 2;
                }
            }
        }
        return best;
    }

    private static HoltWintersParameters parameters(double[] point) {
        double alpha = point[0];
        return new HoltWintersParameters(alpha, point[1] * alpha, point[2] * (1 - alpha), point[3]);
    }
}
