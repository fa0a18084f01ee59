package dev.skyway.portal.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.IncidentsTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * Running an incident on a real database (H2 and PostgreSQL through the subclasses): the list with its filters and
 * orders, roles, notes, corrections of severity and impact start (each on the timeline), declaring an incident for an
 * alert, and the window of the portal's changes.
 */
@SpringBootTest(classes = IncidentsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class IncidentWorkContract {

    static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");
    static final String PROD = "383317268332";
    static final String DEV = "111122223333";

    @Autowired
    Incidents incidents;

    @Autowired
    Integrations integrations;

    @Autowired
    AlertIntake intake;

    @Autowired
    Alerts alerts;

    @Autowired
    IncidentAlerts incidentAlerts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

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

    Incident declare(String title, String severity, String account) {
        return incidents.declare(new NewIncident(title, severity, List.of(account), null, null, null));
    }

    @Test
    void theListShowsOpenIncidentsFirstNewestFirstAndFilters() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        Incident oldOpen = declare("Checkout down", "SEV2", PROD);
        clock.advance(Duration.ofMinutes(5));
        Incident resolved = declare("Search slow", "SEV4", DEV);
        incidents.transition(resolved.id(), "RESOLVED");
        clock.advance(Duration.ofMinutes(5));
        Incident newOpen = declare("Checkout latency", "SEV1", DEV);

        assertThat(incidents.list(IncidentFilter.ALL, 0, 10).items()).extracting(Incident::id)
                .containsExactly(newOpen.id(), oldOpen.id(), resolved.id());
        assertThat(incidents.list(new IncidentFilter(null, null, null, null, "oldest"), 0, 10).items())
                .extracting(Incident::id).containsExactly(oldOpen.id(), resolved.id(), newOpen.id());
        assertThat(incidents.list(new IncidentFilter(null, null, null, null, "severity"), 0, 10).items())
                .extracting(Incident::id).containsExactly(newOpen.id(), oldOpen.id(), resolved.id());
        assertThat(incidents.list(new IncidentFilter("open", null, null, null, null), 0, 10).total()).isEqualTo(2);
        assertThat(incidents.list(new IncidentFilter("RESOLVED", null, null, null, null), 0, 10).items())
                .extracting(Incident::id).containsExactly(resolved.id());
        assertThat(incidents.list(new IncidentFilter(null, "sev1", null, null, null), 0, 10).items())
                .extracting(Incident::id).containsExactly(newOpen.id());
        IncidentPage onDev = incidents.list(new IncidentFilter(null, null, DEV, null, null), 0, 1);
        assertThat(onDev.total()).isEqualTo(2);
        assertThat(onDev.items()).extracting(Incident::id).containsExactly(newOpen.id());
        assertThat(onDev.items().get(0).accountIds()).containsExactly(DEV);
        assertThat(onDev.items().get(0).commander().name()).isEqualTo("erin Name");
        assertThat(incidents.list(new IncidentFilter(null, null, null, "CHECKOUT", null), 0, 10).total()).isEqualTo(2);
        assertThat(incidents.list(new IncidentFilter(null, null, null, oldOpen.reference(), null), 0, 10).items())
                .extracting(Incident::id).containsExactly(oldOpen.id());
    }

    @Test
    void badListParametersAreNamedOneByOne() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThatThrownBy(() -> incidents.list(new IncidentFilter("LOST", "SEV9", "12", null, "random"), 0, 10))
                .isInstanceOfSatisfying(IncidentsValidationException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("status", "severity", "accountId", "sort"));
        assertThatThrownBy(() -> incidents.list(IncidentFilter.ALL, 0, 0))
                .isInstanceOfSatisfying(IncidentsValidationException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("limit"));
    }

    @Test
    void theCommanderAssignsRolesAndCorrectsTheIncidentAnyoneAddsNotes() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        Incident declared = declare("Checkout down", "SEV3", PROD);
        clock.advance(Duration.ofMinutes(3));

        incidents.assignRole(declared.id(), "scribe", "sam", "Sam Scribe");
        Incident corrected = incidents.edit(declared.id(), new IncidentEdit(NINE.minus(Duration.ofMinutes(30)),
                "SEV1"));
        TestUsers.loginAs("otto", Role.APPROVER);
        TimelineEntry note = incidents.addNote(declared.id(), "Errors started after the deploy\nsee the graph");
        assertThatThrownBy(() -> incidents.assignRole(declared.id(), "COMMUNICATIONS", "otto", null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("commanded by erin Name");
        assertThatThrownBy(() -> incidents.edit(declared.id(), new IncidentEdit(null, "SEV2")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(corrected.severity()).isEqualTo(Severity.SEV1);
        assertThat(corrected.timestamps().impactStartedAt()).isEqualTo(NINE.minus(Duration.ofMinutes(30)));
        assertThat(note.kind()).isEqualTo("NOTE");
        assertThat(note.title()).isEqualTo("Errors started after the deploy");
        assertThat(note.actor()).isEqualTo("otto Name");
        assertThat(incidents.roles(declared.id())).extracting(a -> a.role(), a -> a.person().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IncidentRole.COMMANDER, "erin Name"),
                        org.assertj.core.groups.Tuple.tuple(IncidentRole.SCRIBE, "Sam Scribe"));
        assertThat(incidents.timeline(declared.id())).extracting(TimelineEntry::kind)
                .containsExactly("DECLARED", "ROLE", "ROLE", "SEVERITY", "IMPACT", "NOTE");

        TestUsers.loginAs("erin", Role.ENGINEER);
        incidents.assignRole(declared.id(), "commander", "otto", "Otto");
        TestUsers.loginAs("otto", Role.APPROVER);
        assertThat(incidents.transition(declared.id(), "ACKNOWLEDGED").commander().name()).isEqualTo("Otto");
    }

    @Test
    void badCorrectionsAndRolesAreNamedFieldByField() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        Incident declared = declare("Checkout down", "SEV3", PROD);

        assertThatThrownBy(() -> incidents.edit(declared.id(), new IncidentEdit(NINE.plusSeconds(60), "SEV0")))
                .isInstanceOfSatisfying(IncidentsValidationException.class, e -> assertThat(e.problems())
                        .isEqualTo(Map.of("severity", "must be one of SEV1, SEV2, SEV3, SEV4",
                                "startedAt", "must not be in the future")));
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> incidents.edit(declared.id(), new IncidentEdit(NINE.plusSeconds(60), null)))
                .isInstanceOfSatisfying(IncidentsValidationException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("startedAt"));
        assertThatThrownBy(() -> incidents.assignRole(declared.id(), "JESTER", " ", null))
                .isInstanceOfSatisfying(IncidentsValidationException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("role", "user"));
        assertThatThrownBy(() -> incidents.addNote(declared.id(), "  "))
                .isInstanceOfSatisfying(IncidentsValidationException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("text"));
        assertThat(incidents.timeline(declared.id())).extracting(TimelineEntry::kind)
                .containsExactly("DECLARED", "ROLE");
    }

    @Test
    void anIncidentDeclaredForAnAlertCarriesIt() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        CreatedIntegration events = integrations.create("events", "Checks");
        TestUsers.logout();
        intake.events(events.integration().id(), "Bearer " + events.secret(), """
                {"event_action": "trigger", "dedup_key": "db", "payload": {"summary": "DB down", "severity":
                "critical", "source": "orders-db", "custom_details": {"account_id": "383317268332"}}}""", null);

        TestUsers.loginAs("erin", Role.ENGINEER);
        Alert alert = alerts.list(null, null, 0, 10).items().get(0);
        Incident incident = incidents.declareForAlert(alert.id(), new NewIncident("DB down", "SEV2", List.of(PROD),
                null, "ACKNOWLEDGED", null));

        assertThat(incidents.alerts(incident.id())).extracting(Alert::id).containsExactly(alert.id());
        assertThat(incidents.timeline(incident.id())).extracting(TimelineEntry::kind).contains("ALERT");
        assertThatThrownBy(() -> incidents.declareForAlert(alert.id(), new NewIncident("Again", "SEV2", List.of(),
                null, null, null))).isInstanceOfSatisfying(IncidentsValidationException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("alertId"));
        assertThat(incidents.changes(incident.id())).isEmpty();
        ChangeWindow window = incidents.changeWindow(incident);
        assertThat(window.from()).isEqualTo(NINE.minus(Duration.ofHours(72)));
        assertThat(window.to()).isEqualTo(NINE.plusSeconds(1));
    }

    @Test
    void pagesOfOpenFirstCrossFromTheOpenIncidentsToTheOthers() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        Incident oldOpen = declare("Checkout down", "SEV2", PROD);
        clock.advance(Duration.ofMinutes(5));
        Incident resolved = declare("Search slow", "SEV4", DEV);
        incidents.transition(resolved.id(), "RESOLVED");
        clock.advance(Duration.ofMinutes(5));
        Incident newOpen = declare("Checkout latency", "SEV1", DEV);

        IncidentPage second = incidents.list(IncidentFilter.ALL, 1, 2);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).extracting(Incident::id).containsExactly(oldOpen.id(), resolved.id());
        assertThat(incidents.list(IncidentFilter.ALL, 2, 5).items()).extracting(Incident::id)
                .containsExactly(resolved.id());
        assertThat(incidents.list(IncidentFilter.ALL, 0, 1).items()).extracting(Incident::id)
                .containsExactly(newOpen.id());
    }

    @Test
    void theCommanderRemovesAScribeButNeverEmptiesTheCommanderRole() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        Incident declared = declare("Checkout down", "SEV3", PROD);
        incidents.assignRole(declared.id(), "scribe", "sam", "Sam Scribe");

        assertThatThrownBy(() -> incidents.removeRole(declared.id(), "commander"))
                .isInstanceOfSatisfying(IncidentsValidationException.class, e -> assertThat(e.problems().get("role"))
                        .startsWith("the commander role cannot be left empty"));
        TestUsers.loginAs("otto", Role.APPROVER);
        assertThatThrownBy(() -> incidents.removeRole(declared.id(), "scribe"))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThat(incidents.removeRole(declared.id(), "SCRIBE")).extracting(RoleAssignment::role)
                .containsExactly(IncidentRole.COMMANDER);
        assertThatThrownBy(() -> incidents.removeRole(declared.id(), "scribe"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("Nobody is scribe");
        assertThatThrownBy(() -> incidents.removeRole(declared.id(), "jester"))
                .isInstanceOf(IncidentsValidationException.class);
        assertThat(incidents.timeline(declared.id())).extracting(TimelineEntry::title)
                .contains("Sam Scribe is no longer scribe");
    }

    @Test
    void anAlertIsAttachedByHandAndMovedFromAnOpenIncidentOnlyWhenAsked() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        CreatedIntegration events = integrations.create("events", "Checks");
        TestUsers.logout();
        intake.events(events.integration().id(), "Bearer " + events.secret(), """
                {"event_action": "trigger", "dedup_key": "db", "payload": {"summary": "DB down", "severity":
                "critical", "source": "orders-db"}}""", null);
        TestUsers.loginAs("erin", Role.ENGINEER);
        Alert alert = alerts.list(null, null, 0, 10).items().get(0);
        Incident first = declare("Orders failing", "SEV2", PROD);
        clock.advance(Duration.ofMinutes(1));
        Incident second = declare("DB down", "SEV2", PROD);

        assertThat(incidentAlerts.attach(first.id(), alert.id(), false)).extracting(Alert::id)
                .containsExactly(alert.id());
        assertThat(incidentAlerts.attach(first.id(), alert.id(), false)).hasSize(1);
        assertThatThrownBy(() -> incidentAlerts.attach(second.id(), alert.id(), false))
                .isInstanceOfSatisfying(AlertOnAnotherIncidentException.class,
                        e -> assertThat(e.incidentId()).isEqualTo(first.id()))
                .hasMessage("The alert is on " + first.reference() + ", which is still open");
        assertThatThrownBy(() -> incidentAlerts.attach(second.id(), UUID.randomUUID(), false))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> incidentAlerts.attach(UUID.randomUUID(), alert.id(), false))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> incidentAlerts.attach(second.id(), null, false))
                .isInstanceOf(IncidentsValidationException.class);
        assertThat(incidentAlerts.openIncidents()).extracting(Incident::id).containsExactly(second.id(), first.id());

        incidentAlerts.attach(second.id(), alert.id(), true);

        assertThat(incidents.alerts(first.id())).isEmpty();
        assertThat(incidents.alerts(second.id())).extracting(Alert::id).containsExactly(alert.id());
        assertThat(incidents.timeline(first.id())).extracting(TimelineEntry::title)
                .contains("Alert attached by erin Name: DB down", "Alert moved to " + second.reference() + ": DB down");
        assertThat(incidents.timeline(second.id())).extracting(TimelineEntry::kind).contains("ALERT");
    }
}
