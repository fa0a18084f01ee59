package dev.skyway.portal.cost.internal.aws;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One anomaly from AWS Cost Anomaly Detection ({@code GetAnomalies}); amounts in USD, as Cost Anomaly Detection
 * reports them.
 *
 * @param endDate        absent while the anomaly is still going on
 * @param dimensionValue what the monitor watches, e.g. the service for an AWS services monitor ({@code ""} if none)
 * @param expected       {@code TotalExpectedSpend} over the anomaly
 * @param actual         {@code TotalActualSpend}
 * @param totalImpact    {@code TotalImpact}: actual minus expected
 * @param score          {@code MaxScore}: how unusual the spend was at its worst
 * @param feedback       {@code YES}, {@code NO} or {@code PLANNED_ACTIVITY}; absent before any feedback
 */
public record CeAnomaly(String anomalyId, LocalDate startDate, @Nullable LocalDate endDate, String dimensionValue,
                        BigDecimal expected, BigDecimal actual, BigDecimal totalImpact, double score,
                        List<CeRootCause> rootCauses, @Nullable String feedback) {
}
