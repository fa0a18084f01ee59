package dev.skyway.portal.incidents.internal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.incidents.Alert;
import dev.skyway.portal.incidents.AlertIntake;
import dev.skyway.portal.incidents.AlertPage;
import dev.skyway.portal.incidents.AlertStatus;
import dev.skyway.portal.incidents.Alerts;
import dev.skyway.portal.incidents.CreatedIntegration;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.IntakeAuthenticationException;
import dev.skyway.portal.incidents.IntakeOutcome;
import dev.skyway.portal.incidents.Integrations;
import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.internal.IncidentsProperties;
import dev.skyway.portal.incidents.internal.intake.IntakeRecorder.ReceivedMessage;
import dev.skyway.portal.incidents.internal.signals.Payloads;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.testsupport.IncidentsTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * The alert store on a real database (H2 and PostgreSQL through the subclasses), driven through the intake facade:
 * messages of one dedup key count as occurrences of one open alert (also when they race), acknowledge and resolve
 * move it, a trigger after the resolution opens a new alert, a redelivered message counts once, refused messages
 * store nothing, the raw payload of every accepted message is kept until the purge, and alerts list by integration
 * and status.
 */
@SpringBootTest(classes = IncidentsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class AlertStoreContract {

    static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");

    @Autowired
    Integrations integrations;

    @Autowired
    AlertIntake intake;

    @Autowired
    Alerts alerts;

    @Autowired
    AlertStore store;

    @Autowired
    IntakeRecorder recorder;

    @Autowired
    RawPayloadStore payloads;

    @Autowired
    IncidentsProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    CreatedIntegration events;
    CreatedIntegration alertmanager;

    @BeforeEach
    void twoIntegrations() {
        jdbc.update("delete from incidents.alert_event");
        jdbc.update("delete from incidents.alert");
        jdbc.update("delete from incidents.raw_payload");
        jdbc.update("delete from incidents.integration");
        clock.set(NINE);
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        events = integrations.create("events", "Checkout health checks");
        alertmanager = integrations.create("ALERTMANAGER", "Prometheus");
        TestUsers.logout();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    IntakeOutcome event(String action, String key) {
        return intake.events(events.integration().id(), "Bearer " + events.secret(), Payloads.changed(
                "events-trigger.json", json -> json.put("event_action", action).put("dedup_key", key)),
                "application/json");
    }

    AlertPage list(UUID integrationId, AlertStatus status) {
        TestUsers.loginAs("erin", Role.ENGINEER);
        try {
            return alerts.list(integrationId, status, 0, 100);
        } finally {
            TestUsers.logout();
        }
    }

    @Test
    void messagesOfOneKeyAreOccurrencesOfOneOpenAlert() {
        event("trigger", "db");
        clock.advance(Duration.ofMinutes(3));
        event("trigger", "db");
        clock.advance(Duration.ofMinutes(2));
        IntakeOutcome third = event("trigger", "db");

        assertThat(third).isEqualTo(new IntakeOutcome(IntakeOutcome.Result.ACCEPTED, 1, "db"));
        Alert alert = list(null, null).items().getFirst();
        assertThat(list(null, null).total()).isOne();
        assertThat(alert.occurrences()).isEqualTo(3);
        assertThat(alert.status()).isEqualTo(AlertStatus.TRIGGERED);
        assertThat(alert.firstSeenAt()).isEqualTo(NINE);
        assertThat(alert.lastSeenAt()).isEqualTo(NINE.plus(Duration.ofMinutes(5)));
        assertThat(alert.summary()).isEqualTo("Checkout database connection pool exhausted");
        assertThat(alert.accountId()).isEqualTo("383317268332");
        assertThat(store.events(alert.id())).containsExactly("TRIGGERED", "REPEATED", "REPEATED");
        assertThat(payloads.count(events.integration().id())).isEqualTo(3);
    }

    @Test
    void acknowledgeAndResolveMoveTheOpenAlertAndTheNextTriggerOpensANewOne() {
        event("trigger", "db");
        clock.advance(Duration.ofMinutes(1));
        event("acknowledge", "db");
        clock.advance(Duration.ofMinutes(1));
        event("acknowledge", "db");
        clock.advance(Duration.ofMinutes(1));
        event("resolve", "db");
        clock.advance(Duration.ofMinutes(1));
        event("trigger", "db");

        Alert resolved = list(null, AlertStatus.RESOLVED).items().getFirst();
        assertThat(resolved.occurrences()).isEqualTo(4);
        assertThat(resolved.acknowledgedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(1)));
        assertThat(resolved.resolvedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(3)));
        assertThat(store.events(resolved.id())).containsExactly("TRIGGERED", "ACKNOWLEDGED", "ACKNOWLEDGED",
                "RESOLVED");
        Alert reopened = list(null, AlertStatus.TRIGGERED).items().getFirst();
        assertThat(reopened.id()).isNotEqualTo(resolved.id());
        assertThat(reopened.dedupKey()).isEqualTo("db");
        assertThat(reopened.occurrences()).isOne();
    }

    @Test
    void acknowledgingOrResolvingAnUnknownKeyChangesNoAlertButKeepsTheMessage() {
        IntakeOutcome outcome = event("resolve", "never-triggered");

        assertThat(outcome).isEqualTo(new IntakeOutcome(IntakeOutcome.Result.ACCEPTED, 0, "never-triggered"));
        assertThat(list(null, null).total()).isZero();
        assertThat(payloads.count(events.integration().id())).isOne();
    }

    @Test
    void aRefusedMessageStoresNothing() {
        UUID id = events.integration().id();
        String good = Payloads.text("events-trigger.json");

        assertThatThrownBy(() -> intake.events(id, "Bearer " + events.secret(), "{\"event_action\":\"trigger\"}",
                null)).isInstanceOf(InvalidPayloadException.class);
        assertThatThrownBy(() -> intake.events(id, "Bearer wrong", good, null))
                .isInstanceOf(IntakeAuthenticationException.class);
        assertThatThrownBy(() -> intake.events(id, null, good, null)).isInstanceOf(IntakeAuthenticationException.class);
        assertThatThrownBy(() -> intake.alertmanager(id, "Bearer " + events.secret(), good, null))
                .as("the events secret on the Alertmanager endpoint").isInstanceOf(IntakeAuthenticationException.class);
        assertThatThrownBy(() -> intake.events(UUID.randomUUID(), "Bearer " + events.secret(), good, null))
                .isInstanceOf(IntakeAuthenticationException.class);
        assertThat(jdbc.queryForObject("select count(*) from incidents.raw_payload", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from incidents.alert", Integer.class)).isZero();
    }

    @Test
    void anAlertmanagerGroupFiresAndResolvesPerFingerprint() {
        UUID id = alertmanager.integration().id();
        intake.alertmanager(id, "bearer " + alertmanager.secret(), Payloads.changed("alertmanager-v4.json",
                json -> ((tools.jackson.databind.node.ObjectNode) json.get("alerts").get(1)).put("status", "firing")),
                "application/json");
        clock.advance(Duration.ofMinutes(5));

        IntakeOutcome outcome = intake.alertmanager(id, "Bearer " + alertmanager.secret(),
                Payloads.text("alertmanager-v4.json"), "application/json");

        assertThat(outcome.alerts()).isEqualTo(2);
        assertThat(list(id, AlertStatus.TRIGGERED).items()).extracting(Alert::dedupKey, Alert::occurrences)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c6f5a1b2d3e4f506", 2));
        assertThat(list(id, AlertStatus.RESOLVED).items()).extracting(Alert::dedupKey)
                .containsExactly("a1b2c3d4e5f60718");
        assertThat(list(events.integration().id(), null).total()).isZero();
    }

    @Test
    void racingTriggersOfOneKeyCountOnOneAlert() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<IntakeOutcome>> triggers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                triggers.add(() -> event("trigger", "race"));
            }
            for (Future<IntakeOutcome> done : pool.invokeAll(triggers)) {
                assertThat(done.get().alerts()).isOne();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(list(null, null).items()).singleElement()
                .satisfies(alert -> assertThat(alert.occurrences()).isEqualTo(12));
    }

    @Test
    void aRedeliveredMessageCountsOnce() {
        ReceivedMessage message = new ReceivedMessage("Notification", "95df01b4-ee98-5cb9-9903-4c221d41eb5e",
                "text/plain", "{}");
        AlertSignal signal = dev.skyway.portal.incidents.internal.signals.EventsApiAccess.trigger("sns-key");

        assertThat(recorder.record(events.integration().id(), message, List.of(signal))).contains(1);
        assertThat(recorder.record(events.integration().id(), message, List.of(signal))).isEmpty();
        assertThat(list(null, null).items().getFirst().occurrences()).isOne();
        assertThat(payloads.count(events.integration().id())).isOne();
    }

    @Test
    void rawPayloadsAreKeptForTheRetentionThenPurgedAndTheirAlertsStay() {
        event("trigger", "old");
        clock.advance(Duration.ofDays(20));
        event("trigger", "recent");
        clock.advance(Duration.ofDays(10).plusSeconds(1));

        PeriodicJob purge = new IntakeConfiguration().rawPayloadPurgeJob(payloads, properties, clock);
        purge.run();

        assertThat(jdbc.queryForList("select body from incidents.raw_payload", String.class)).singleElement()
                .asString().contains("\"dedup_key\":\"recent\"");
        assertThat(list(null, null).total()).isEqualTo(2);
        assertThat(properties.rawPayloadRetention()).isEqualTo(Duration.ofDays(30));
        assertThat(purge.name()).isEqualTo("incidents-raw-payload-purge");
        assertThat(purge.schedule().initialDelay()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void onlySignedInPeopleListAlertsAndOnlyAdminsCreateIntegrations() {
        assertThatThrownBy(() -> alerts.list(null, null, 0, 10)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThatThrownBy(() -> integrations.create("sns", "mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> alerts.list(null, null, 0, 501)).isInstanceOf(IncidentsValidationException.class);
    }

    @Test
    void integrationsNeedAKnownTypeAndAFreeName() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);

        assertThatThrownBy(() -> integrations.create("webhook", " ")).isInstanceOfSatisfying(
                IncidentsValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("type", "name"));
        assertThatThrownBy(() -> integrations.create("sns", "prometheus")).isInstanceOfSatisfying(
                IncidentsValidationException.class,
                e -> assertThat(e.problems()).containsEntry("name", "is taken by another integration"));
        CreatedIntegration sns = integrations.create("sns", "CloudWatch alarms");
        assertThat(sns.url()).isEqualTo("/api/v1/incidents/intake/sns/" + sns.integration().id() + "/" + sns.secret());
        assertThat(events.url()).isEqualTo("/api/v1/incidents/intake/events/" + events.integration().id());
        assertThat(sns.secret()).hasSize(43);
        assertThat(jdbc.queryForObject("select secret_sha256 from incidents.integration where id = ?", String.class,
                sns.integration().id())).isEqualTo(IntegrationSecrets.sha256(sns.secret())).doesNotContain(sns.secret());
        assertThat(integrations.list()).extracting(i -> i.name()).containsExactly("Checkout health checks",
                "CloudWatch alarms", "Prometheus");
    }
}
