package dev.skyway.portal.cost.internal.aws;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The columns of a finished Athena query, found by the names in its header row rather than by position, and its
 * string values read as the rollups need them: empty strings are NULL, an absent sum is zero.
 */
final class AthenaResultColumns {

    private final Map<String, Integer> index = new HashMap<>();
    private final String queryExecutionId;

    /** @throws AthenaQueryException when the header lacks one of the needed columns */
    AthenaResultColumns(AthenaQueryResult result, List<String> needed) {
        this.queryExecutionId = result.queryExecutionId();
        for (int i = 0; i < result.header().size(); i++) {
            index.put(result.header().get(i).toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = needed.stream().filter(column -> !index.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new AthenaQueryException("The Athena query " + queryExecutionId + " answered without the "
                    + "columns " + missing + " (header: " + result.header() + ")", queryExecutionId, false);
        }
    }

    @Nullable String value(List<@Nullable String> row, String column) {
        Integer i = index.get(column);
        String value = i != null && i < row.size() ? row.get(i) : null;
        return value == null || value.isEmpty() ? null : value;
    }

    String orElse(List<@Nullable String> row, String column, String fallback) {
        String value = value(row, column);
        return value == null ? fallback : value;
    }

    String required(List<@Nullable String> row, String column) {
        String value = value(row, column);
        if (value == null) {
            throw new AthenaQueryException("The Athena query " + queryExecutionId + " answered a row without "
                    + column + ": " + row, queryExecutionId, false);
        }
        return value;
    }

    /** @throws NumberFormatException when the value is not a number */
    BigDecimal amount(List<@Nullable String> row, String column) {
        String value = value(row, column);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value);
    }

    AthenaQueryException unreadable(List<@Nullable String> row, RuntimeException cause) {
        return new AthenaQueryException("The Athena query " + queryExecutionId + " answered a row the portal "
                + "cannot read (" + cause.getMessage() + "): " + row, queryExecutionId, false);
    }
}
