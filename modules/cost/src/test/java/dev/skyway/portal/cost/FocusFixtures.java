package dev.skyway.portal.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The FOCUS fixtures under {@code src/test/resources/focus}, and their sums computed without DuckDB. */
final class FocusFixtures {

    private FocusFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = FocusFixtures.class.getResourceAsStream("/focus/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("fixture " + name, e);
        }
    }

    static List<CSVRecord> records(String name) {
        String text = new String(bytes(name), StandardCharsets.UTF_8).replace("\uFEFF", "");
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                    new java.io.StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BigDecimal amount(CSVRecord r, String column) {
        String v = r.get(column);
        return v == null || v.isBlank() || "NULL".equals(v) ? BigDecimal.ZERO : new BigDecimal(v);
    }

    static BigDecimal sum(String name, String metric, Predicate<CSVRecord> filter) {
        return records(name).stream().filter(filter).map(r -> amount(r, metric)).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** The file's sum of {@code metric} per value of {@code column} (blank and NULL as ""). */
    static Map<String, BigDecimal> sumBy(String name, String metric, String column, Predicate<CSVRecord> filter) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (CSVRecord r : records(name)) {
            if (filter.test(r)) {
                String key = r.get(column);
                sums.merge(key == null || "NULL".equals(key) ? "" : key, amount(r, metric), BigDecimal::add);
            }
        }
        return sums;
    }

    static List<String> metrics() {
        return new ArrayList<>(List.of("BilledCost", "EffectiveCost", "ListCost", "ContractedCost"));
    }
}
