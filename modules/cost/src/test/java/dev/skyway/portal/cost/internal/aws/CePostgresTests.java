package dev.skyway.portal.cost.internal.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;

/** The ledger's month count and the cache's upsert on a real PostgreSQL, whose SQL differs from H2's. */
class CePostgresTests {

    @Test
    void ledgerCountsTheMonthAndCacheReplacesAnAnswerOnPostgresql() {
        DataSource dataSource = Databases.postgresDataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        DSLContext db = DSL.using(dataSource, SQLDialect.POSTGRES);
        MutableClock clock = new MutableClock();
        clock.set(Instant.parse("2026-06-30T23:59:59Z"));
        CostProperties properties = new CostProperties(null, null, null, null, null, null, null, null,
                new CostProperties.CostExplorer(2, null, null, null, null), null, null, null, null, null, null, null);
        CeRequestLedger ledger = new CeRequestLedger(db, clock, properties);
        CeCache cache = new CeCache(db, clock);

        ledger.record("GetCostAndUsage", "read daily cost", CeRequestLedger.OK);
        cache.put("forecast:x", "[1]");
        clock.advance(Duration.ofSeconds(1));
        cache.put("forecast:x", "[2]");
        ledger.record("GetCostAndUsage", "read daily cost", CeRequestLedger.OK);

        assertThat(ledger.requestsThisMonth()).isEqualTo(1);
        assertThat(cache.fresh("forecast:x", Duration.ofMinutes(1))).map(CeCache.Entry::body).contains("[2]");
        assertThat(cache.get("forecast:x").orElseThrow().fetchedAt()).isEqualTo(clock.instant());
    }
}
