package dev.skyway.portal.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.incidents.internal.signals.Payloads;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.IncidentsTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * Incidents on a real database (H2 and PostgreSQL through the subclasses): anyone signed in declares one and
 * commands it through its lifecycle with typed timestamps and a timeline; someone else may not move it; routing rules
 * open incidents for matching new alerts or attach them to one open on the same account, and without a matching rule
 * an alert opens nothing.
 */
@SpringBootTest(classes = IncidentsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class IncidentsContract {

    static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");
    static final String CHECKOUT_PROD = "383317268332";

    @Autowired
    Incidents incidents;

    @Autowired
    RoutingRules rules;

    @Autowired
    Integrations integrations;

    @Autowired
    AlertIntake intake;

    @Autowired
    Alerts alerts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    dev.skyway.portal.incidents.internal.metrics.MetricsQuery metricsQuery;

    @BeforeEach
    void clean() {
        for (String table : List.of("timeline_entry", "incident_role", "affected_account", "alert_event", "alert",
                "incident", "routing_rule", "raw_payload", "integration")) {
            jdbc.update("delete from incidents." + table);
        }
        clock.set(NINE);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    Incident declare(String title, String severity, String status) {
        return incidents.declare(new NewIncident(title, severity, List.of(CHECKOUT_PROD, CHECKOUT_PROD), "Checkout "
                + "returns 500s", status, NINE.minus(Duration.ofMinutes(10))));
    }

    /** A declared incident has no team: metrics count it for the owner of its first account (the lowest id). */
    @Test
    void metricsCountAnIncidentWithoutATeamForItsFirstAccountsOwner() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        incidents.declare(new NewIncident("Checkout down", "SEV3", List.of(CHECKOUT_PROD, "111111111111"), "500s",
                null, NINE.minus(Duration.ofMinutes(10))));
        incidents.declare(new NewIncident("Search slow", "SEV4", List.of("999999999999"), "latency", null,
                NINE.minus(Duration.ofMinutes(5))));
        incidents.declare(new NewIncident("Queue stuck", "SEV4", List.of("999999999999"), "backlog", null,
                NINE.minus(Duration.ofMinutes(5))));
        jdbc.update("update incidents.incident set team = 'search' where title = 'Search slow'");

        var groups = metricsQuery.groups(NINE.minus(Duration.ofDays(1)), NINE.plus(Duration.ofDays(1)),
                account -> account.equals("111111111111") ? "payments" : null);

        assertThat(groups.teams()).extracting(t -> t.team(), t -> t.totals().count()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("payments", 1), org.assertj.core.groups.Tuple.tuple("search", 1),
                org.assertj.core.groups.Tuple.tuple(dev.skyway.portal.incidents.internal.metrics.MetricsQuery.UNASSIGNED,
                        1));
    }

    @Test
    void whoeverDeclaresAnIncidentCommandsItThroughItsLifecycle() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        Incident declared = declare("Checkout down", "sev2", null);

        assertThat(declared.status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(declared.accountIds()).containsExactly(CHECKOUT_PROD);
        assertThat(declared.commander().name()).isEqualTo("erin Name");
        assertThat(declared.timestamps().detectedAt()).isEqualTo(NINE);
        assertThat(declared.timestamps().impactStartedAt()).isEqualTo(NINE.minus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(2));
        incidents.transition(declared.id(), "ACKNOWLEDGED");
        clock.advance(Duration.ofMinutes(20));
        Incident mitigated = incidents.transition(declared.id(), "mitigated");
        clock.advance(Duration.ofMinutes(30));
        incidents.transition(declared.id(), "RESOLVED");

        Incident resolved = incidents.find(declared.id()).orElseThrow();
        assertThat(mitigated.timestamps().mitigatedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(22)));
        assertThat(resolved.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(resolved.timestamps().acknowledgedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(2)));
        assertThat(resolved.timestamps().resolvedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(52)));
        assertThat(resolved.version()).isEqualTo(4);
        assertThat(incidents.timeline(declared.id())).extracting(TimelineEntry::kind, TimelineEntry::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DECLARED", declared.reference()
                                + " declared by erin Name (SEV2)"),
                        org.assertj.core.groups.Tuple.tuple("ROLE", "erin Name is commander"),
                        org.assertj.core.groups.Tuple.tuple("STATUS", "Status: TRIGGERED → ACKNOWLEDGED"),
                        org.assertj.core.groups.Tuple.tuple("STATUS", "Status: ACKNOWLEDGED → MITIGATED"),
                        org.assertj.core.groups.Tuple.tuple("STATUS", "Status: MITIGATED → RESOLVED"));
        assertThatThrownBy(() -> incidents.transition(declared.id(), "MITIGATED"))
                .isInstanceOf(IncidentTransitionException.class);
    }

    @Test
    void aDeclaredIncidentMayStartAcknowledgedAndNumbersGoUp() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        Incident first = declare("Checkout down", "SEV1", "ACKNOWLEDGED");
        Incident second = declare("Search slow", "SEV4", null);

        assertThat(first.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
        assertThat(first.timestamps().acknowledgedAt()).isEqualTo(NINE);
        assertThat(second.number()).isGreaterThan(first.number());
    }

    @Test
    void badDeclarationsNameEveryFieldAndStoreNothing() {
        TestUsers.loginAs("erin", Role.ENGINEER);

        assertThatThrownBy(() -> incidents.declare(new NewIncident(" ", "SEV5", List.of("12345"), null, "RESOLVED",
                NINE.plusSeconds(60)))).isInstanceOfSatisfying(IncidentsValidationException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("title", "severity", "accountIds", "status",
                        "impactStartedAt"));
        assertThat(jdbc.queryForObject("select count(*) from incidents.incident", Integer.class)).isZero();
    }

    @Test
    void onlyTheCommanderOrAnAdminMovesAnIncident() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        Incident declared = declare("Checkout down", "SEV2", null);

        TestUsers.loginAs("otto", Role.ENGINEER);
        assertThatThrownBy(() -> incidents.transition(declared.id(), "ACKNOWLEDGED"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("commanded by erin Name");
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        assertThat(incidents.transition(declared.id(), "ACKNOWLEDGED").commander().name()).isEqualTo("erin Name");
        TestUsers.logout();
        assertThatThrownBy(() -> incidents.find(declared.id())).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void routingRulesOpenAndAttachIncidentsForNewAlertsAndNoRuleOpensNothing() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        CreatedIntegration events = integrations.create("events", "Checks");
        rules.create(new RoutingRuleDraft("critical pages", null, null, null, "critical", null, null,
                "ATTACH_OR_OPEN", "SEV1", 30));
        TestUsers.logout();
        String bearer = "Bearer " + events.secret();

        intake.events(events.integration().id(), bearer, event("warn", "warning"), null);
        intake.events(events.integration().id(), bearer, event("db", "critical"), null);
        clock.advance(Duration.ofMinutes(10));
        intake.events(events.integration().id(), bearer, event("db", "critical"), null);
        intake.events(events.integration().id(), bearer, event("cache", "critical"), null);

        TestUsers.loginAs("erin", Role.ENGINEER);
        List<Alert> all = alerts.list(null, null, 0, 10).items();
        Alert warning = all.stream().filter(a -> a.dedupKey().equals("warn")).findFirst().orElseThrow();
        Alert db = all.stream().filter(a -> a.dedupKey().equals("db")).findFirst().orElseThrow();
        Alert cache = all.stream().filter(a -> a.dedupKey().equals("cache")).findFirst().orElseThrow();
        assertThat(warning.incidentId()).as("no rule for warnings").isNull();
        assertThat(db.incidentId()).isNotNull().isEqualTo(cache.incidentId());
        Incident opened = incidents.find(db.incidentId()).orElseThrow();
        assertThat(opened.source()).isEqualTo(Incident.Source.ALERT);
        assertThat(opened.severity()).isEqualTo(Severity.SEV1);
        assertThat(opened.commander()).isNull();
        assertThat(opened.accountIds()).containsExactly(CHECKOUT_PROD);
        assertThat(opened.timestamps().detectedAt()).isEqualTo(NINE);
        assertThat(jdbc.queryForObject("select count(*) from incidents.incident", Integer.class)).isOne();
        assertThat(incidents.timeline(opened.id())).extracting(TimelineEntry::kind)
                .containsExactly("DECLARED", "ALERT", "ALERT");

        Incident taken = incidents.transition(opened.id(), "ACKNOWLEDGED");
        assertThat(taken.commander().name()).as("whoever moves an uncommanded incident takes command")
                .isEqualTo("erin Name");
    }

    @Test
    void routingRulesAreForAdminsAndNamedFieldByField() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThatThrownBy(() -> rules.list()).isInstanceOf(AccessDeniedException.class);
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);

        assertThatThrownBy(() -> rules.create(new RoutingRuleDraft("", -1, null, null, "loud", "1234", null,
                "PAGE", null, 0))).isInstanceOfSatisfying(IncidentsValidationException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("name", "position", "minSeverity", "accountId",
                        "action", "attachWindowMinutes"));
        assertThatThrownBy(() -> rules.create(new RoutingRuleDraft("x", null, null, null, null, null, null,
                "OPEN_INCIDENT", null, null))).isInstanceOfSatisfying(IncidentsValidationException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("incidentSeverity"));
        RoutingRule first = rules.create(new RoutingRuleDraft("a", null, null, null, null, null, null, "IGNORE",
                null, null));
        RoutingRule second = rules.create(new RoutingRuleDraft("b", null, false, null, "error", CHECKOUT_PROD,
                "checkout", "ATTACH_ONLY", null, null));
        assertThat(rules.list()).extracting(RoutingRule::name).containsExactly("a", "b");
        assertThat(second.position()).isEqualTo(first.position() + 1);
        assertThat(second.attachWindow()).isEqualTo(Duration.ofHours(1));
        assertThat(second.enabled()).isFalse();
        assertThat(rules.delete(first.id())).isTrue();
        assertThat(rules.delete(first.id())).isFalse();
    }

    static String event(String key, String severity) {
        return Payloads.changed("events-trigger.json", json -> {
            json.put("dedup_key", key);
            ((tools.jackson.databind.node.ObjectNode) json.get("payload")).put("severity", severity);
        });
    }
}
