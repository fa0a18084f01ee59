package dev.skyway.portal.cost.internal.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one source delivered, aggregated: the periods it covers (each replaced as a whole), their rows, and
 * per period how many line items it had.
 *
 * @param dataAsOf  when the source produced the data (the export's delivery time, the query time)
 * @param estimated whether the source flags the figures as not final (Cost Explorer's {@code Estimated})
 */
public record RollupBatch(Map<PeriodScope, Long> periods, List<RollupRow> rows, List<TagRollupRow> tagRows,
                          Instant dataAsOf, boolean estimated) {
}
