package dev.skyway.portal.incidents.internal.sandbox;

import static dev.skyway.schema.incidents.Tables.INCIDENT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.incidents.ActionItem;
import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.Postmortem;
import dev.skyway.portal.incidents.RoutingAction;
import dev.skyway.portal.incidents.RoutingRule;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentStore;
import dev.skyway.portal.incidents.internal.lifecycle.TimelineStore;
import dev.skyway.portal.incidents.internal.postmortems.ActionItemStore;
import dev.skyway.portal.incidents.internal.postmortems.PostmortemStore;
import dev.skyway.portal.incidents.internal.postmortems.PostmortemTemplate;
import dev.skyway.portal.incidents.internal.routing.RoutingRuleStore;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.UserKey;

/**
 * Sandbox mode, a start with no incidents at all ({@code portal.incidents.sandbox.history}, default on): once the
 * inventory has the sandbox accounts, writes {@link SandboxHistoryPlan}'s 90 days of resolved and closed incidents
 * with their timelines, postmortems and action items, in one transaction, so the metrics page has data; and, when no
 * routing rule exists, one rule that sends error and critical alerts to a SEV3 incident (warnings open nothing).
 */
@Component
public class SandboxIncidentHistory {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxIncidentHistory.class);
    static final Duration WAIT_FOR_INVENTORY = Duration.ofMinutes(10);
    static final Participant ROUTING = Participant.of(PortalUser.SYSTEM);

    private final AwsClientFactory aws;
    private final SandboxProperties properties;
    private final AccountOwnership ownership;
    private final IncidentStore incidents;
    private final TimelineStore timeline;
    private final PostmortemStore postmortems;
    private final ActionItemStore items;
    private final RoutingRuleStore rules;
    private final DSLContext db;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SandboxIncidentHistory(AwsClientFactory aws, SandboxProperties properties, AccountOwnership ownership,
                   IncidentStore incidents, TimelineStore timeline, PostmortemStore postmortems, ActionItemStore items,
                   RoutingRuleStore rules, DSLContext db, PlatformTransactionManager transactions, Clock clock) {
        this.aws = aws;
        this.properties = properties;
        this.ownership = ownership;
        this.incidents = incidents;
        this.timeline = timeline;
        this.postmortems = postmortems;
        this.items = items;
        this.rules = rules;
        this.db = db;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedInTheBackground() {
        if (aws.mode() == AwsMode.SANDBOX && Boolean.TRUE.equals(properties.history())) {
            Thread.ofVirtual().name("incidents-sandbox-history").start(this::seedWhenTheInventoryIsThere);
        }
    }

    private void seedWhenTheInventoryIsThere() {
        long deadline = System.nanoTime() + WAIT_FOR_INVENTORY.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (db.fetchExists(INCIDENT)) {
                    return;
                }
                List<SandboxHistoryPlan.Account> accounts = ownership.accounts().stream()
                        .filter(a -> "ACTIVE".equals(a.status()))
                        .map(a -> new SandboxHistoryPlan.Account(a.id(), a.ownerTeam())).toList();
                if (!accounts.isEmpty()) {
                    int written = seed(accounts);
                    LOG.info("Sandbox incidents: {} days of history, {} incidents", SandboxHistoryPlan.DAYS, written);
                    return;
                }
                Thread.sleep(3_000);
            }
            LOG.warn("No sandbox incident history: the account inventory stayed empty for {}", WAIT_FOR_INVENTORY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Writing the sandbox's incident history failed: {}", e.getMessage(), e);
        }
    }

    /**
     * Writes the history (and the default rule) unless there are incidents already; returns how many it wrote. Public
     * for the module tests (the start runs it in the background).
     */
    public int seed(List<SandboxHistoryPlan.Account> accounts) {
        Integer written = transaction.execute(tx -> {
            if (db.fetchExists(INCIDENT)) {
                return 0;
            }
            Instant now = clock.instant();
            List<SandboxHistoryPlan.Planned> plan = SandboxHistoryPlan.plan(accounts,
                    LocalDate.ofInstant(now, ZoneOffset.UTC));
            plan.forEach(this::write);
            if (rules.all().isEmpty()) {
                rules.insert(new RoutingRule(UUID.randomUUID(), rules.nextPosition(),
                        "Sandbox: error alerts open a SEV3", true, null, AlertSeverity.ERROR, null, null,
                        RoutingAction.ATTACH_OR_OPEN, Severity.SEV3, Duration.ofMinutes(60)), PortalUser.SYSTEM.key());
            }
            return plan.size();
        });
        return written == null ? 0 : written;
    }

    private void write(SandboxHistoryPlan.Planned p) {
        IncidentTimestamps t = p.timestamps();
        Participant commander = new Participant(UserKey.local("engineer"), "engineer");
        Incident incident = new Incident(UUID.randomUUID(), incidents.nextNumber(), p.title(), p.summary(),
                p.status(), p.severity(), Incident.Source.ALERT, false, List.of(p.accountId()), ROUTING, commander, t,
                1);
        incidents.insert(incident, t.detectedAt());
        db.update(INCIDENT).set(INCIDENT.TEAM, p.team()).where(INCIDENT.ID.eq(incident.id())).execute();
        UUID id = incident.id();
        timeline.append(id, t.detectedAt(), "DECLARED", ROUTING, incident.reference() + " opened by routing rule "
                + "(" + p.severity() + ")", p.summary(), null);
        timeline.append(id, t.acknowledgedAt(), "ROLE", commander, "engineer took command", null, null);
        status(id, t.acknowledgedAt(), commander, IncidentStatus.TRIGGERED, IncidentStatus.ACKNOWLEDGED);
        status(id, t.mitigatedAt(), commander, IncidentStatus.ACKNOWLEDGED, IncidentStatus.MITIGATED);
        status(id, t.resolvedAt(), commander, IncidentStatus.MITIGATED, IncidentStatus.RESOLVED);
        if (p.status() == IncidentStatus.CLOSED) {
            Instant closed = t.closedAt();
            postmortems.insert(id, new PostmortemStore.Sections(p.summary(), "Customers of the "
                    + p.team() + " team's service saw errors until mitigation.",
                    PostmortemTemplate.timeline(timeline.of(id)), p.rootCause(),
                    "The alarm fired within minutes and the commander took it at once.",
                    "The runbook did not cover this failure."), Postmortem.Status.PUBLISHED, commander, closed);
            for (SandboxHistoryPlan.Item item : p.actionItems()) {
                items.insert(new ActionItem(UUID.randomUUID(), id, item.title(), item.done() ? ActionItem.Status.DONE
                        : ActionItem.Status.OPEN, item.owner(), item.due(), closed,
                        item.done() ? closed.plus(Duration.ofDays(3)) : null));
            }
            status(id, closed, commander, IncidentStatus.RESOLVED, IncidentStatus.CLOSED);
        }
    }

    private void status(UUID id, Instant at, Participant actor, IncidentStatus from, IncidentStatus to) {
        timeline.append(id, at, "STATUS", actor, "Status: " + from + " → " + to, null, null);
    }
}
