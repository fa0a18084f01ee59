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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.portal.incidents.internal.postmortems.ActionItemReminders;
import dev.skyway.portal.incidents.internal.sandbox.SandboxHistoryPlan;
import dev.skyway.portal.incidents.internal.sandbox.SandboxIncidentHistory;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.IncidentsTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * Postmortems, tasks, status updates, metrics and the sandbox's alert simulator on H2: a resolved incident's
 * postmortem starts from its timeline, gets action items and closes the incident when published; overdue items are
 * reminded once a day; tasks and status updates land on the timeline; metrics measure the typed timestamps; the
 * simulator's alarms go through the SNS intake path.
 */
@SpringBootTest(classes = IncidentsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PostmortemsAndWorkH2IntegrationTests {

    static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");
    static final String ACCOUNT = "383317268332";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    Incidents incidents;
    @Autowired
    Postmortems postmortems;
    @Autowired
    IncidentTasks tasks;
    @Autowired
    StatusUpdates updates;
    @Autowired
    IncidentMetrics metrics;
    @Autowired
    IncidentSandbox sandbox;
    @Autowired
    Alerts alerts;
    @Autowired
    ActionItemReminders reminders;
    @Autowired
    SandboxIncidentHistory history;
    @Autowired
    Integrations integrations;
    @Autowired
    AlertIntake intake;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void clean() {
        for (String table : List.of("action_item", "postmortem", "task", "status_update", "subscriber",
                "timeline_entry", "incident_role", "affected_account", "alert_event", "alert", "incident",
                "routing_rule", "raw_payload", "integration")) {
            jdbc.update("delete from incidents." + table);
        }
        clock.set(NINE);
        TestUsers.loginAs("erin", Role.ENGINEER);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    Incident resolvedIncident() {
        Incident declared = incidents.declare(new NewIncident("Checkout down", "SEV2", List.of(ACCOUNT),
                "Checkout returns 500s", null, NINE.minus(Duration.ofMinutes(10))));
        clock.advance(Duration.ofMinutes(2));
        incidents.transition(declared.id(), "ACKNOWLEDGED");
        clock.advance(Duration.ofMinutes(20));
        incidents.transition(declared.id(), "RESOLVED");
        return declared;
    }

    @Test
    void aPostmortemStartsFromTheTimelineAndPublishingItClosesTheIncident() {
        Incident incident = resolvedIncident();

        Postmortem template = postmortems.find(incident.id());
        assertThat(template.saved()).isFalse();
        assertThat(template.timeline()).contains("2026-12-03 09:00 UTC: " + incident.reference()
                + " declared by erin Name (SEV2)", "Status: ACKNOWLEDGED → RESOLVED");

        ActionItem item = postmortems.addActionItem(incident.id(), new ActionItemDraft("Alarm on 5xx per AZ",
                "ops@example.com", "2026-12-10", null));
        Postmortem draft = postmortems.save(incident.id(), new PostmortemDraft("A bad deploy", "All checkouts",
                template.timeline(), "A config flag", "Fast rollback", "Slow paging", null, 1));
        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.actionItems()).extracting(ActionItem::title).containsExactly("Alarm on 5xx per AZ");
        assertThatThrownBy(() -> postmortems.save(incident.id(), new PostmortemDraft("x", null, null, null, null,
                null, null, 1))).isInstanceOf(IncidentConflictException.class);

        clock.advance(Duration.ofHours(1));
        Postmortem published = postmortems.save(incident.id(), new PostmortemDraft("A bad deploy", "All checkouts",
                template.timeline(), "A config flag", "Fast rollback", "Slow paging", "published", null));

        assertThat(published.status()).isEqualTo(Postmortem.Status.PUBLISHED);
        Incident closed = incidents.find(incident.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.timestamps().closedAt()).isEqualTo(clock.instant());
        assertThat(incidents.timeline(incident.id())).extracting(TimelineEntry::kind)
                .contains("ACTION_ITEM", "POSTMORTEM");
        ActionItem done = postmortems.updateActionItem(incident.id(), item.id(), new ActionItemDraft(null, null,
                null, "DONE"));
        assertThat(done.doneAt()).isEqualTo(clock.instant());
        assertThat(postmortems.markdown(incident.id())).startsWith("# Postmortem: " + incident.reference())
                .contains("| Status | CLOSED |", "## Root causes\n\nA config flag", "| [x] | Alarm on 5xx per AZ |");
    }

    @Test
    void anIncidentNotYetResolvedIsNotClosedAndNothingIsStored() {
        Incident open = incidents.declare(new NewIncident("Search slow", "SEV4", List.of(), null, null, null));

        assertThatThrownBy(() -> postmortems.save(open.id(), new PostmortemDraft("s", null, null, null, null, null,
                "PUBLISHED", null))).isInstanceOf(IncidentTransitionException.class);
        assertThat(postmortems.find(open.id()).saved()).isFalse();
        assertThatThrownBy(() -> postmortems.addActionItem(open.id(), new ActionItemDraft("", null, "tomorrow",
                "LATER"))).isInstanceOfSatisfying(IncidentsValidationException.class, e -> assertThat(e.problems())
                .containsOnlyKeys("title", "dueDate", "status"));
    }

    @Test
    void someoneElseMayWriteThePostmortemButOnlyTheCommanderPublishesIt() {
        Incident incident = resolvedIncident();
        TestUsers.loginAs("sam", Role.ENGINEER);

        postmortems.save(incident.id(), new PostmortemDraft("Sam's notes", null, null, null, null, null, null, null));

        assertThatThrownBy(() -> postmortems.save(incident.id(), new PostmortemDraft("Sam's notes", null, null,
                null, null, null, "PUBLISHED", null))).isInstanceOf(AccessDeniedException.class);
        assertThat(postmortems.find(incident.id()).status()).isEqualTo(Postmortem.Status.DRAFT);
    }

    @Test
    void overdueActionItemsAreRemindedOnceADay() {
        Incident incident = resolvedIncident();
        postmortems.addActionItem(incident.id(), new ActionItemDraft("Overdue", "ops@example.com", "2026-12-01",
                null));
        postmortems.addActionItem(incident.id(), new ActionItemDraft("Due later", null, "2026-12-20", null));

        assertThat(reminders.run()).isEqualTo(1);
        clock.advance(Duration.ofHours(5));
        assertThat(reminders.run()).isZero();
        clock.advance(Duration.ofHours(20));
        assertThat(reminders.run()).isEqualTo(1);
    }

    @Test
    void tasksAndStatusUpdatesAreOnTheTimeline() {
        Incident incident = resolvedIncident();

        IncidentTask task = tasks.add(incident.id(), new TaskDraft("Roll back the deploy", null, null));
        IncidentTask taken = tasks.update(incident.id(), task.id(), new TaskDraft(null, "sam", true));
        updates.subscribe(incident.id(), new SubscriberDraft("email", "status@example.com"));
        updates.subscribe(incident.id(), new SubscriberDraft("EMAIL", "status@example.com"));
        StatusUpdate update = updates.post(incident.id(), "Rolled back; watching error rates.");

        assertThat(taken.done()).isTrue();
        assertThat(taken.owner()).isEqualTo("sam");
        assertThat(tasks.of(incident.id())).extracting(IncidentTask::createdBy).containsExactly("erin");
        assertThat(update.recipients()).isEqualTo(1);
        assertThat(updates.of(incident.id())).extracting(StatusUpdate::message)
                .containsExactly("Rolled back; watching error rates.");
        assertThat(incidents.timeline(incident.id())).extracting(TimelineEntry::title).contains(
                "Task added: Roll back the deploy", "Task done: Roll back the deploy", "Status update to 1 subscriber");
        assertThat(updates.unsubscribe(incident.id(), new SubscriberDraft(null, "status@example.com"))).isTrue();
        assertThatThrownBy(() -> updates.post(incident.id(), " ")).isInstanceOf(IncidentsValidationException.class);
        assertThatThrownBy(() -> updates.subscribe(incident.id(), new SubscriberDraft("pager", "x")))
                .isInstanceOf(IncidentsValidationException.class);
    }

    @Test
    void metricsMeasureTheTypedTimestampsOfTheRange() {
        resolvedIncident();

        MetricsReport report = metrics.report("2026-12-01", "2026-12-04");
        MetricsReport empty = metrics.report("2026-11-01", "2026-12-01");

        assertThat(report.all().count()).isEqualTo(1);
        assertThat(report.all().mttdSeconds()).isEqualTo(600L);
        assertThat(report.all().mttaSeconds()).isEqualTo(120L);
        assertThat(report.all().mttrSeconds()).isEqualTo(22 * 60L);
        assertThat(report.bySeverity().get(1).count()).isEqualTo(1);
        assertThat(empty.all().count()).isZero();
        assertThat(empty.all().mttaSeconds()).isNull();
        assertThatThrownBy(() -> metrics.report("yesterday", "2026-13-01"))
                .isInstanceOfSatisfying(IncidentsValidationException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("from", "to"));
        assertThatThrownBy(() -> metrics.report("2026-12-04", "2026-12-01"))
                .isInstanceOf(IncidentsValidationException.class);
    }

    @Test
    void theSimulatorSendsAlarmsThroughTheIntakeForAdminsOnly() {
        assertThatThrownBy(() -> sandbox.simulateAlerts()).isInstanceOf(AccessDeniedException.class);
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);

        IncidentSandbox.Simulation simulation = sandbox.simulateAlerts();

        assertThat(simulation.messages()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from incidents.raw_payload where message_type = "
                + "'Notification'", Integer.class)).isEqualTo(4);
        assertThat(alerts.list(null, null, 0, 50).items()).extracting(Alert::kind)
                .contains(AlertKind.CLOUDWATCH_ALARM, AlertKind.AWS_HEALTH);
    }

    @Test
    void aFreshSandboxGetsNinetyDaysOfHistoryWithNothingOpenAndWarningsOpenNothing() {
        int written = history.seed(List.of(new SandboxHistoryPlan.Account(ACCOUNT, "payments"),
                new SandboxHistoryPlan.Account("111111111111", null)));

        assertThat(written).isGreaterThan(40);
        assertThat(history.seed(List.of(new SandboxHistoryPlan.Account(ACCOUNT, "payments")))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from incidents.incident where status not in "
                + "('RESOLVED', 'CLOSED')", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from incidents.postmortem where status = 'PUBLISHED'",
                Integer.class)).isPositive();
        MetricsReport report = metrics.report(null, null);
        assertThat(report.all().count()).isEqualTo(written);
        assertThat(report.all().mttrSeconds()).isPositive();
        assertThat(report.byTeam()).extracting(MetricsFigures::key).contains("payments");
        assertThat(report.openActionItems()).isPositive();

        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        CreatedIntegration events = integrations.create("events", "monitoring");
        intake.events(events.integration().id(), "Bearer " + events.secret(), """
                {"event_action": "trigger", "dedup_key": "disk", "payload": {"summary": "Disk 85%",
                 "severity": "warning", "source": "host-1", "custom_details": {"account_id": "383317268332"}}}""",
                null);
        assertThat(jdbc.queryForObject("select count(*) from incidents.incident where status not in "
                + "('RESOLVED', 'CLOSED')", Integer.class)).isZero();
    }
}
