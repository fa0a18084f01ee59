package dev.skyway.portal.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An incident, and the one place its status changes: {@link #moveTo} goes forward only, through
 * {@code TRIGGERED → ACKNOWLEDGED → MITIGATED → RESOLVED → CLOSED}; skipping ahead (mitigating an incident nobody
 * acknowledged) also stamps the skipped steps, so every metric has its times; CLOSED comes only after RESOLVED.
 *
 * @param number     shown as {@code INC-<number>}
 * @param commander  who runs it; null while nobody has taken it (an incident an alert opened)
 * @param accountIds the affected AWS accounts
 * @param version    raised by every stored change (optimistic locking)
 */
public record Incident(UUID id, long number, String title, @Nullable String summary, IncidentStatus status,
                       Severity severity, Source source, boolean organizationWide, List<String> accountIds,
                       Participant declaredBy, @Nullable Participant commander, IncidentTimestamps timestamps,
                       int version) {

    /** How the incident came to be. */
    public enum Source { DECLARED, ALERT }

    public Incident {
        Objects.requireNonNull(status);
        accountIds = List.copyOf(accountIds);
    }

    /**
     * @throws IncidentTransitionException when the lifecycle does not allow the move (including to the same status)
     */
    public Incident moveTo(IncidentStatus to, Instant at) {
        if (to.compareTo(status) <= 0) {
            throw new IncidentTransitionException(status, to, to == status ? "it is already " + status
                    : "the lifecycle only goes forward");
        }
        if (to == IncidentStatus.CLOSED && status != IncidentStatus.RESOLVED) {
            throw new IncidentTransitionException(status, to, "only a resolved incident is closed");
        }
        return new Incident(id, number, title, summary, to, severity, source, organizationWide, accountIds,
                declaredBy, commander, timestamps.reached(to, at), version);
    }

    /** The same incident run by {@code commander}. */
    public Incident commandedBy(Participant commander) {
        return new Incident(id, number, title, summary, status, severity, source, organizationWide, accountIds,
                declaredBy, commander, timestamps, version);
    }

    public String reference() {
        return "INC-" + number;
    }
}
