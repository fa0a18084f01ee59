package dev.skyway.portal.cost.internal.aws;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.cost.internal.engine.RollupBatch;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * The daily rollups of a billing period computed by Amazon Athena over the Data Exports FOCUS table
 * ({@code portal.cost.source=ATHENA}), for organizations whose exports outgrow the portal's host: the portal stores
 * only the rollups. The figures are what the export says, so they are not estimates; Athena cannot apply the
 * portal's allocation rules, so rule teams and cost centers are left to the store.
 */
public class AthenaRollups {

    /** Waits between two checks on a running query; tests pass one that returns at once. */
    @FunctionalInterface
    public interface Sleeper {

        Sleeper THREAD = duration -> Thread.sleep(duration);

        void sleep(Duration duration) throws InterruptedException;
    }

    /** How long a rollup query may run before the portal stops it. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    private final AthenaRollupQuery query;
    private final AthenaQueryRunner runner;

    /**
     * With the default tag keys ({@link AthenaTagKeys#defaults()}) and timeout ({@link #DEFAULT_TIMEOUT}).
     *
     * @throws IllegalArgumentException when the settings lack the database or table, or name them with characters an
     *                                  Athena name cannot have
     */
    public AthenaRollups(AthenaClient athena, CostProperties.Athena settings, Clock clock, Sleeper sleeper,
                         Duration pollInterval) {
        this(athena, settings, AthenaTagKeys.defaults(), clock, sleeper, pollInterval, DEFAULT_TIMEOUT);
    }

    /**
     * @param tagKeys      the tag keys of teams, cost centers and portal requests ({@link AthenaTagKeys#of})
     * @param pollInterval pause between two checks on the running query
     * @param timeout      how long the query may run before it is stopped
     * @throws IllegalArgumentException when the settings lack the database or table, or name them with characters an
     *                                  Athena name cannot have, or the poll interval does not fit the timeout
     */
    public AthenaRollups(AthenaClient athena, CostProperties.Athena settings, AthenaTagKeys tagKeys, Clock clock,
                         Sleeper sleeper, Duration pollInterval, Duration timeout) {
        this.query = new AthenaRollupQuery(settings.database(), settings.table(), tagKeys);
        this.runner = new AthenaQueryRunner(athena, settings, clock, sleeper, pollInterval, timeout);
    }

    /**
     * The daily rollup of one billing period: its rows, the line items per provider, billing account and period (each
     * replaced as a whole when stored), and as "data as of" the time Athena finished the query. No tag rollup: see
     * {@link #rollupsWithTags}.
     *
     * @param billingPeriod YYYY-MM
     * @throws IllegalArgumentException when the billing period is not YYYY-MM
     * @throws AthenaQueryException     when the query fails (with Athena's reason), is cancelled, does not finish
     *                                  within the timeout, or answers rows the portal cannot read
     * @throws dev.skyway.portal.platform.aws.AwsCallException when Athena refuses or fails a call
     */
    public RollupBatch rollups(String billingPeriod) {
        String sql = query.dailySql(billingPeriod);
        AthenaQueryResult daily = runner.run(sql, query.database(), "rolls up billing period " + billingPeriod);
        return new AthenaRollupRows(daily, billingPeriod).batch(List.of());
    }

    /**
     * {@link #rollups} with the tag rollup of the same period (every tag key and value, for breakdowns by any tag),
     * which takes a second query over the same files: twice the data Athena scans and bills.
     *
     * @param billingPeriod YYYY-MM
     * @throws IllegalArgumentException when the billing period is not YYYY-MM
     * @throws AthenaQueryException     as {@link #rollups}, for either query
     * @throws dev.skyway.portal.platform.aws.AwsCallException when Athena refuses or fails a call
     */
    public RollupBatch rollupsWithTags(String billingPeriod) {
        String dailySql = query.dailySql(billingPeriod);
        String tagSql = query.tagSql(billingPeriod);
        AthenaQueryResult daily = runner.run(dailySql, query.database(), "rolls up billing period "
                + billingPeriod);
        AthenaQueryResult tags = runner.run(tagSql, query.database(), "rolls up the tags of billing period "
                + billingPeriod);
        return new AthenaRollupRows(daily, billingPeriod).batch(
                new AthenaTagRollupRows(tags, billingPeriod).rows());
    }
}
