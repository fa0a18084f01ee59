package dev.skyway.portal.cost.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The cost settings ({@code portal.cost.*}). A missing setting takes its documented default.
 *
 * @param dataDir        where imported line items are kept as Parquet (drill-down, re-allocation); default
 *                       {@code ./data/cost}
 * @param duckdb         the embedded engine's bounds
 * @param teamTagKeys    tag keys that name a resource's team, first found wins; default {@code team},
 *                       {@code owner-team} (a {@code user:} prefix, as AWS writes user tags, is ignored)
 * @param costCenterTagKeys tag keys that name a cost center; default {@code cost-center}, {@code costcenter}
 * @param requestTagKey  the tag the portal puts on what it provisions, holding the request id; default
 *                       {@code skyway:request} (as provisioning and account vending tag)
 * @param restatementWindow how long after a billing period ends its figures may still change (AWS restates for
 *                       about two weeks); default 15 days
 * @param source         where cost data comes from in AWS mode: {@code EXPORTS} (S3 Data Exports, imported with
 *                       DuckDB), {@code ATHENA} (rollups computed by Athena over the exports table) or
 *                       {@code COST_EXPLORER}; default {@code EXPORTS}
 * @param exports        the S3 Data Exports delivery location
 * @param costExplorer   the Cost Explorer request budget
 * @param athena         the Athena workgroup and table
 * @param anomalies      detection settings
 * @param sandbox        the sandbox generator
 * @param syncInterval   AWS mode: pause between the end of one scheduled cost sync and the next; default 6 hours
 * @param syncInitialDelay AWS mode: the first scheduled cost sync after start; default 1 minute
 * @param budgets        the scheduled budget check
 * @param recommendations AWS mode: the scheduled refresh of Cost Explorer's recommendations
 */
@Validated
@ConfigurationProperties("portal.cost")
public record CostProperties(@Nullable Path dataDir, @Nullable DuckDb duckdb, @Nullable List<String> teamTagKeys,
                             @Nullable List<String> costCenterTagKeys, @Nullable String requestTagKey,
                             @Nullable Duration restatementWindow, @Nullable Source source, @Nullable Exports exports,
                             @Nullable CostExplorer costExplorer, @Nullable Athena athena,
                             @Nullable Anomalies anomalies, @Nullable Sandbox sandbox,
                             @Nullable Duration syncInterval, @Nullable Duration syncInitialDelay,
                             @Nullable Budgets budgets, @Nullable Recommendations recommendations) {

    public enum Source { EXPORTS, ATHENA, COST_EXPLORER }

    public CostProperties {
        dataDir = dataDir == null ? Path.of("data", "cost") : dataDir;
        duckdb = duckdb == null ? new DuckDb(null, null) : duckdb;
        teamTagKeys = teamTagKeys == null || teamTagKeys.isEmpty() ? List.of("team", "owner-team") : teamTagKeys;
        costCenterTagKeys = costCenterTagKeys == null || costCenterTagKeys.isEmpty()
                ? List.of("cost-center", "costcenter") : costCenterTagKeys;
        requestTagKey = requestTagKey == null || requestTagKey.isBlank() ? "skyway:request" : requestTagKey;
        restatementWindow = restatementWindow == null ? Duration.ofDays(15) : restatementWindow;
        source = source == null ? Source.EXPORTS : source;
        exports = exports == null ? new Exports(null, null, null) : exports;
        costExplorer = costExplorer == null ? new CostExplorer(null, null, null, null, null) : costExplorer;
        athena = athena == null ? new Athena(null, null, null, null) : athena;
        anomalies = anomalies == null ? new Anomalies(null, null) : anomalies;
        sandbox = sandbox == null ? new Sandbox(null) : sandbox;
        syncInterval = syncInterval == null ? Duration.ofHours(6) : syncInterval;
        syncInitialDelay = syncInitialDelay == null ? Duration.ofMinutes(1) : syncInitialDelay;
        budgets = budgets == null ? new Budgets(null) : budgets;
        recommendations = recommendations == null ? new Recommendations(null, null) : recommendations;
    }

    /** Every setting at its default. */
    public static CostProperties defaults() {
        return new CostProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** @param checkInterval pause between the end of one budget check and the next; default 1 hour */
    public record Budgets(@Nullable Duration checkInterval) {
        public Budgets {
            checkInterval = checkInterval == null ? Duration.ofHours(1) : checkInterval;
        }
    }

    /**
     * @param refreshInterval pause between the end of one refresh and the next; default 24 hours
     * @param initialDelay    the first refresh after start; default 5 minutes
     */
    public record Recommendations(@Nullable Duration refreshInterval, @Nullable Duration initialDelay) {
        public Recommendations {
            refreshInterval = refreshInterval == null ? Duration.ofHours(24) : refreshInterval;
            initialDelay = initialDelay == null ? Duration.ofMinutes(5) : initialDelay;
        }
    }

    /**
     * @param memoryLimit DuckDB's {@code memory_limit}, e.g. {@code 512MB}; default 512MB
     * @param threads     DuckDB's {@code threads}; default 2
     */
    public record DuckDb(@Nullable String memoryLimit, @Nullable Integer threads) {
        public DuckDb {
            memoryLimit = memoryLimit == null || memoryLimit.isBlank() ? "512MB" : memoryLimit;
            threads = threads == null || threads < 1 ? 2 : threads;
        }
    }

    /**
     * @param bucket   the Data Exports bucket; no default (no scheduled S3 import without it)
     * @param prefix   the export's S3 prefix (up to and including the export name); default empty
     * @param interval pause between checks for new deliveries; default 6 hours
     */
    public record Exports(@Nullable String bucket, @Nullable String prefix, @Nullable Duration interval) {
        public Exports {
            prefix = prefix == null ? "" : prefix;
            interval = interval == null ? Duration.ofHours(6) : interval;
        }
    }

    /**
     * @param monthlyRequestLimit the most paid requests per calendar month; default 300 (USD 3.00)
     * @param refreshInterval     the least time between two pulls of the same data; default 8 hours
     * @param teamTagKey          the cost allocation tag Cost Explorer groups by for teams; default {@code team}
     * @param insightsInterval    pause between two reads of Cost Anomaly Detection and the forecast; default 24 hours
     * @param insightsInitialDelay the first such read after start; default 10 minutes
     */
    public record CostExplorer(@Nullable Integer monthlyRequestLimit, @Nullable Duration refreshInterval,
                               @Nullable String teamTagKey, @Nullable Duration insightsInterval,
                               @Nullable Duration insightsInitialDelay) {
        public CostExplorer {
            monthlyRequestLimit = monthlyRequestLimit == null ? 300 : monthlyRequestLimit;
            refreshInterval = refreshInterval == null ? Duration.ofHours(8) : refreshInterval;
            teamTagKey = teamTagKey == null || teamTagKey.isBlank() ? "team" : teamTagKey;
            insightsInterval = insightsInterval == null ? Duration.ofHours(24) : insightsInterval;
            insightsInitialDelay = insightsInitialDelay == null ? Duration.ofMinutes(10) : insightsInitialDelay;
        }
    }

    /**
     * @param workgroup      the Athena workgroup; default {@code primary}
     * @param database       the Glue database of the Data Exports table
     * @param table          the Data Exports table
     * @param outputLocation the S3 location for query results; default the workgroup's
     */
    public record Athena(@Nullable String workgroup, @Nullable String database, @Nullable String table,
                         @Nullable String outputLocation) {
        public Athena {
            workgroup = workgroup == null || workgroup.isBlank() ? "primary" : workgroup;
        }
    }

    /**
     * @param threshold     the modified z-score above which a day is anomalous; default 3.5
     * @param minimumImpact the least money (in the billing currency) an anomaly must be worth; default 50
     */
    public record Anomalies(@Nullable Double threshold, @Nullable BigDecimal minimumImpact) {
        public Anomalies {
            threshold = threshold == null ? 3.5 : threshold;
            minimumImpact = minimumImpact == null ? new BigDecimal("50") : minimumImpact;
        }
    }

    /** @param seed generate the sandbox organization's cost on first start; default true */
    public record Sandbox(@Nullable Boolean seed) {
        public Sandbox {
            seed = seed == null || seed;
        }
    }
}
