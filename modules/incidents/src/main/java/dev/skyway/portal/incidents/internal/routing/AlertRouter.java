package dev.skyway.portal.incidents.internal.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.skyway.portal.incidents.Alert;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.RoutingRule;
import dev.skyway.portal.incidents.internal.intake.AlertStore;
import dev.skyway.portal.incidents.internal.intake.NewAlerts;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentOpener;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentStore;
import dev.skyway.portal.incidents.internal.lifecycle.TimelineStore;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Sends a new alert where the first matching routing rule says: into a new incident, onto an incident open on the
 * same account, or nowhere. Runs in the intake's transaction, so an alert and its incident are stored together.
 */
@Component
public class AlertRouter implements NewAlerts {

    static final Participant ROUTING = Participant.of(PortalUser.SYSTEM);
    static final Duration DEFAULT_WINDOW = Duration.ofHours(1);

    private final RoutingRuleStore rules;
    private final AlertStore alerts;
    private final IncidentStore incidents;
    private final IncidentOpener opener;
    private final TimelineStore timeline;
    private final Clock clock;

    AlertRouter(RoutingRuleStore rules, AlertStore alerts, IncidentStore incidents, IncidentOpener opener,
                TimelineStore timeline, Clock clock) {
        this.rules = rules;
        this.alerts = alerts;
        this.incidents = incidents;
        this.opener = opener;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void opened(UUID alertId) {
        route(alertId);
    }

    /** @return the incident the alert went to, if any */
    public Optional<UUID> route(UUID alertId) {
        Alert alert = alerts.find(alertId).orElseThrow();
        List<RoutingRule> all = rules.all();
        for (RoutingRule rule : all) {
            if (!rule.matches(alert)) {
                continue;
            }
            return switch (rule.action()) {
                case IGNORE -> Optional.empty();
                case OPEN_INCIDENT -> Optional.of(open(alert, rule));
                case ATTACH_ONLY -> attach(alert, rule);
                case ATTACH_OR_OPEN -> Optional.of(attach(alert, rule).orElseGet(() -> open(alert, rule)));
            };
        }
        return Optional.empty();
    }

    private Optional<UUID> attach(Alert alert, RoutingRule rule) {
        if (alert.accountId() == null) {
            return Optional.empty();
        }
        Duration window = rule.attachWindow() == null ? DEFAULT_WINDOW : rule.attachWindow();
        Optional<UUID> open = incidents.openOnAccountSince(alert.accountId(), clock.instant().minus(window));
        open.ifPresent(incident -> link(alert, incident, "Alert attached by rule " + rule.name() + ": "));
        return open;
    }

    private UUID open(Alert alert, RoutingRule rule) {
        Instant seen = alert.firstSeenAt();
        Incident incident = opener.open(new IncidentOpener.Opening(title(alert), "Opened by routing rule "
                + rule.name() + " for alert " + alert.dedupKey(), rule.incidentSeverity(),
                alert.accountId() == null ? List.of() : List.of(alert.accountId()), IncidentStatus.TRIGGERED,
                Incident.Source.ALERT, ROUTING, null, seen, seen, "opened by routing rule " + rule.name()));
        link(alert, incident.id(), "Alert: ");
        return incident.id();
    }

    private void link(Alert alert, UUID incidentId, String prefix) {
        alerts.linkIncident(alert.id(), incidentId);
        timeline.append(incidentId, clock.instant(), "ALERT", ROUTING, prefix + alert.summary(), alert.source(),
                new TimelineStore.Ref("alert", alert.id().toString(), "/api/v1/incidents/alerts/" + alert.id()));
    }

    private static String title(Alert alert) {
        return alert.summary().length() <= 255 ? alert.summary() : alert.summary().substring(0, 254) + "…";
    }
}
