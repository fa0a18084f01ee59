package dev.skyway.portal.cost.internal.aws;

import static dev.skyway.schema.cost.Tables.CE_REQUEST;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.jooq.DSLContext;

import dev.skyway.portal.cost.internal.CostProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

/**
 * Every request the portal makes to Cost Explorer, with its outcome ({@code cost.ce_request}), and the monthly
 * request budget they are counted against. Cost Explorer charges USD 0.01 per paginated request; the ledger counts
 * every attempt, including throttled and failed ones, so the month's spend it shows is an upper bound. Each request
 * also counts in {@code portal.cost.ce.requests} (tags {@code operation} and {@code outcome}), for alerts on spend.
 */
public class CeRequestLedger {

    /** USD per paginated Cost Explorer request. */
    public static final BigDecimal PRICE_PER_REQUEST_USD = new BigDecimal("0.01");

    public static final String OK = "OK";
    public static final String THROTTLED = "THROTTLED";
    public static final String DATA_UNAVAILABLE = "DATA_UNAVAILABLE";
    public static final String REQUEST_CHANGED = "REQUEST_CHANGED";
    public static final String FAILED = "FAILED";

    /** The counter of Cost Explorer requests, one per paid HTTP request. */
    public static final String REQUESTS_METER = "portal.cost.ce.requests";

    private static final int PURPOSE_LENGTH = 128;

    private final DSLContext db;
    private final Clock clock;
    private final int monthlyLimit;
    private final MeterRegistry meters;

    public CeRequestLedger(DSLContext db, Clock clock, CostProperties properties) {
        this(db, clock, properties, Metrics.globalRegistry);
    }

    public CeRequestLedger(DSLContext db, Clock clock, CostProperties properties, MeterRegistry meters) {
        this.db = db;
        this.clock = clock;
        this.monthlyLimit = properties.costExplorer().monthlyRequestLimit();
        this.meters = meters;
    }

    /**
     * @param operation the Cost Explorer operation, e.g. {@code GetCostAndUsage}
     * @param purpose   what the portal asked for, in words (cut to 128 characters)
     * @param outcome   {@link #OK}, {@link #THROTTLED}, {@link #DATA_UNAVAILABLE}, {@link #REQUEST_CHANGED} or
     *                  {@link #FAILED}
     */
    public void record(String operation, String purpose, String outcome) {
        db.insertInto(CE_REQUEST)
                .set(CE_REQUEST.OPERATION, operation)
                .set(CE_REQUEST.PURPOSE, purpose.length() > PURPOSE_LENGTH ? purpose.substring(0, PURPOSE_LENGTH) : purpose)
                .set(CE_REQUEST.MADE_AT, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .set(CE_REQUEST.OUTCOME, outcome)
                .execute();
        // operations and outcomes are code constants: the tags carry no user data
        Counter.builder(REQUESTS_METER)
                .description("Requests made to Cost Explorer (USD 0.01 each), by operation and outcome")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }

    /** Requests made in the clock's current calendar month (UTC). */
    public int requestsThisMonth() {
        YearMonth month = thisMonth();
        return db.fetchCount(CE_REQUEST, CE_REQUEST.MADE_AT.ge(startOf(month))
                .and(CE_REQUEST.MADE_AT.lt(startOf(month.plusMonths(1)))));
    }

    /** What this month's requests cost, in USD. */
    public BigDecimal spendThisMonthUsd() {
        return PRICE_PER_REQUEST_USD.multiply(BigDecimal.valueOf(requestsThisMonth()));
    }

    /** The most paid requests allowed per calendar month ({@code portal.cost.cost-explorer.monthly-request-limit}). */
    public int monthlyLimit() {
        return monthlyLimit;
    }

    /**
     * Checked before every request (and before a job that needs several): not a single one is sent past the limit.
     *
     * @throws CeBudgetExhaustedException when {@code requestsNeeded} more requests would pass this month's limit
     */
    public void ensureBudget(int requestsNeeded) {
        int made = requestsThisMonth();
        if (made + requestsNeeded > monthlyLimit) {
            throw new CeBudgetExhaustedException(thisMonth(), made, requestsNeeded, monthlyLimit);
        }
    }

    private YearMonth thisMonth() {
        return YearMonth.from(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    private static OffsetDateTime startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
