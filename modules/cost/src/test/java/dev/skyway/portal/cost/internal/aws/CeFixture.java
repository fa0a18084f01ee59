package dev.skyway.portal.cost.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.skyway.schema.cost.Tables.CE_CACHE;
import static dev.skyway.schema.cost.Tables.CE_REQUEST;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;

/**
 * What the Cost Explorer adapter tests share: the cost schema on H2 (PostgreSQL mode, migrated by Flyway as the
 * application does, no Spring context), a movable clock, the ledger, cache and request path with a sleeper that
 * only records its pauses, and a real Cost Explorer client from the platform's factory (us-east-1, standard retries
 * with 3 attempts, as production builds it) pointed at WireMock, which speaks Cost Explorer's JSON 1.1 protocol
 * ({@code X-Amz-Target: AWSInsightsIndexService.<Operation>}).
 */
final class CeFixture implements AutoCloseable {

    static final String TARGET = "AWSInsightsIndexService.";
    static final String JSON = "application/x-amz-json-1.1";
    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private static DataSource dataSource;

    final DSLContext db;
    final MutableClock clock = new MutableClock();
    final List<Duration> pauses = new ArrayList<>();
    final CostProperties properties;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final CeRequestLedger ledger;
    final CeCache cache;
    final CeRequests requests;
    final AwsClientFactory factory;
    final CostExplorerClient client;

    /** @param monthlyLimit {@code portal.cost.cost-explorer.monthly-request-limit} */
    CeFixture(WireMockExtension aws, int monthlyLimit) {
        db = DSL.using(database(), SQLDialect.H2);
        db.deleteFrom(CE_REQUEST).execute();
        db.deleteFrom(CE_CACHE).execute();
        clock.set(NOW);
        properties = new CostProperties(null, null, null, null, null, null, null, null,
                new CostProperties.CostExplorer(monthlyLimit, Duration.ofHours(8), "team", null, null), null, null,
                null, null, null, null, null);
        ledger = new CeRequestLedger(db, clock, properties, meters);
        cache = new CeCache(db, clock);
        requests = new CeRequests(ledger, pauses::add);
        factory = new AwsClientFactory(new AwsProperties(AwsMode.AWS, "us-east-1", null, null, null,
                URI.create(aws.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), 3),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
        client = factory.create(CostExplorerClient.builder());
    }

    /** One database for all the tests in the JVM; each fixture empties the Cost Explorer tables. */
    private static synchronized DataSource database() {
        if (dataSource == null) {
            dataSource = Databases.h2DataSource();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        }
        return dataSource;
    }

    /** The ledger's outcomes, oldest first. */
    List<String> outcomes() {
        return db.select(CE_REQUEST.OUTCOME).from(CE_REQUEST).orderBy(CE_REQUEST.ID).fetch(CE_REQUEST.OUTCOME);
    }

    @Override
    public void close() {
        client.close();
        factory.close();
    }

    static MappingBuilder operation(String name) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name))
                .withHeader("Content-Type", equalTo(JSON));
    }

    static RequestPatternBuilder requested(String name) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name));
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "req-ok").withBody(body);
    }

    /** Cost Explorer's error shape: {@code {"__type": "...", "message": "..."}}. */
    static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "req-" + type)
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }
}
