package dev.skyway.portal.cost.internal.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The request ledger on the real cost schema: counting by calendar month (UTC), spend, and the budget guard. */
class CeRequestLedgerTests {

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    CeFixture fixture = new CeFixture(aws, 5);
    CeRequestLedger ledger = fixture.ledger;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void countsTheRequestsOfTheClocksCalendarMonthInUtc() {
        fixture.clock.set(Instant.parse("2026-05-31T23:59:59Z"));
        ledger.record("GetCostAndUsage", "read daily cost", CeRequestLedger.OK);
        fixture.clock.set(Instant.parse("2026-06-01T00:00:00Z"));
        ledger.record("GetCostAndUsage", "read daily cost", CeRequestLedger.OK);
        ledger.record("GetCostAndUsage", "read daily cost", CeRequestLedger.THROTTLED);
        fixture.clock.set(Instant.parse("2026-06-30T23:59:59Z"));
        ledger.record("GetCostForecast", "forecast", CeRequestLedger.FAILED);

        assertThat(ledger.requestsThisMonth()).isEqualTo(3);
        assertThat(ledger.spendThisMonthUsd()).isEqualByComparingTo("0.03");
        fixture.clock.set(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(ledger.requestsThisMonth()).isZero();
        assertThat(ledger.spendThisMonthUsd()).isEqualByComparingTo("0");
    }

    @Test
    void countsEveryRequestInTheMeterByOperationAndOutcome() {
        ledger.record("GetCostAndUsage", "read daily cost", CeRequestLedger.OK);
        ledger.record("GetCostAndUsage", "read daily cost", CeRequestLedger.THROTTLED);
        ledger.record("GetCostAndUsage", "read daily cost", CeRequestLedger.OK);
        ledger.record("GetCostForecast", "forecast", CeRequestLedger.OK);

        var meters = fixture.meters;
        assertThat(meters.get(CeRequestLedger.REQUESTS_METER).tags("operation", "GetCostAndUsage", "outcome", "OK")
                .counter().count()).isEqualTo(2.0);
        assertThat(meters.get(CeRequestLedger.REQUESTS_METER).tags("outcome", "THROTTLED").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get(CeRequestLedger.REQUESTS_METER).tag("operation", "GetCostForecast").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void keepsOperationPurposeAndOutcomeAndCutsALongPurpose() {
        ledger.record("GetAnomalies", "x".repeat(300), CeRequestLedger.REQUEST_CHANGED);

        var row = fixture.db.selectFrom(dev.skyway.schema.cost.Tables.CE_REQUEST).fetchSingle();
        assertThat(row.getOperation()).isEqualTo("GetAnomalies");
        assertThat(row.getPurpose()).hasSize(128);
        assertThat(row.getOutcome()).isEqualTo("REQUEST_CHANGED");
        assertThat(row.getMadeAt().toInstant()).isEqualTo(CeFixture.NOW);
    }

    @Test
    void budgetAllowsUpToTheLimitAndRefusesPastItWithAClearMessage() {
        for (int i = 0; i < 3; i++) {
            ledger.record("GetCostAndUsage", "read daily cost", CeRequestLedger.OK);
        }

        assertThatNoException().isThrownBy(() -> ledger.ensureBudget(2));
        assertThatThrownBy(() -> ledger.ensureBudget(3))
                .isInstanceOfSatisfying(CeBudgetExhaustedException.class, e -> {
                    assertThat(e.month()).isEqualTo(YearMonth.of(2026, 6));
                    assertThat(e.requestsMade()).isEqualTo(3);
                    assertThat(e.limit()).isEqualTo(5);
                })
                .hasMessage("The Cost Explorer request budget for June 2026 would be exceeded: 3 of 5 paid requests "
                        + "made (USD 0.01 each), 3 more needed. Cost Explorer was not called; raise "
                        + "portal.cost.cost-explorer.monthly-request-limit or wait until July 1, 2026.");
    }

    @Test
    void defaultLimitIsThreeHundredRequests() {
        var defaults = dev.skyway.portal.cost.internal.CostProperties.defaults();

        assertThat(new CeRequestLedger(fixture.db, fixture.clock, defaults).monthlyLimit()).isEqualTo(300);
    }
}
