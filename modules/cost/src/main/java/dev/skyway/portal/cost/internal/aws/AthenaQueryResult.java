package dev.skyway.portal.cost.internal.aws;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A finished Athena query's rows as Athena gives them: strings, absent for NULL.
 *
 * @param header      the column names (Athena's first result row)
 * @param rows        the data rows, each as long as the header
 * @param completedAt when Athena finished the query
 */
record AthenaQueryResult(String queryExecutionId, List<String> header, List<List<@Nullable String>> rows,
                         Instant completedAt) {
}
