package dev.skyway.portal.cost.internal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps an import's normalized line items as Parquet, one file per billing period and billing account, under the
 * data directory. Dashboards never read them; drill-down to resources and SKUs and re-allocation after a rule
 * change do.
 */
public final class LineItemArchive {

    private final Path root;

    public LineItemArchive(Path dataDirectory) {
        this.root = dataDirectory.resolve("lines");
    }

    /** The directory all stored line items live under. */
    public Path root() {
        return root;
    }

    /** A stored period: its file and how many line items it holds. */
    public record Stored(Path file, long rows) {
    }

    /**
     * Keeps the normalized line items that the view {@code lines} of {@code duck} reads from {@code normalized}, one
     * file per period scope. A file of one scope (as AWS delivers them: one billing period of one payer) is moved
     * into place as it is; only a file of several is split, one filtered copy per scope.
     */
    public Map<PeriodScope, Stored> store(Connection duck, UUID importId, Path normalized) {
        Map<PeriodScope, Long> scopes = scopes(duck);
        Path directory = root.resolve(importId.toString());
        Map<PeriodScope, Stored> stored = new LinkedHashMap<>();
        try {
            Files.createDirectories(directory);
            if (scopes.size() == 1) {
                Path file = directory.resolve("part-0.parquet");
                Files.move(normalized, file);
                scopes.forEach((scope, rows) -> stored.put(scope, new Stored(file, rows)));
                return stored;
            }
            int n = 0;
            for (Map.Entry<PeriodScope, Long> scope : scopes.entrySet()) {
                Path file = directory.resolve("part-" + (n++) + ".parquet");
                PeriodScope s = scope.getKey();
                try (Statement statement = duck.createStatement()) {
                    statement.execute("COPY (SELECT * FROM lines WHERE provider_name = '"
                            + DuckDb.quote(s.providerName()) + "' AND billing_account_id = '"
                            + DuckDb.quote(s.billingAccountId()) + "' AND period = '" + DuckDb.quote(s.period())
                            + "') TO '" + DuckDb.quote(file.toAbsolutePath().toString())
                            + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
                }
                stored.put(s, new Stored(file, scope.getValue()));
            }
            return stored;
        } catch (SQLException e) {
            throw new FocusFormatException("The line items cannot be stored: " + FocusFile.firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes files no billing period refers to any more (replaced by a restatement). */
    public void delete(Iterable<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
                Path parent = file.getParent();
                if (parent != null && parent.startsWith(root)) {
                    try (var left = Files.list(parent)) {
                        if (left.findAny().isEmpty()) {
                            Files.deleteIfExists(parent);
                        }
                    }
                }
            } catch (IOException e) {
                // a file left behind costs disk only; the next delete of its directory retries
            }
        }
    }

    private static Map<PeriodScope, Long> scopes(Connection duck) {
        Map<PeriodScope, Long> scopes = new LinkedHashMap<>();
        String sql = "SELECT provider_name, billing_account_id, period, count(*) FROM lines "
                + "GROUP BY ALL ORDER BY ALL";
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                if (r.getString(2) == null || r.getString(3) == null) {
                    throw new FocusFormatException("Every line item needs a BillingAccountId and a BillingPeriodStart");
                }
                scopes.put(new PeriodScope(r.getString(1), r.getString(2), r.getString(3)), r.getLong(4));
            }
        } catch (SQLException e) {
            throw new FocusFormatException("The file cannot be read: " + FocusFile.firstLine(e.getMessage()));
        }
        return scopes;
    }
}
