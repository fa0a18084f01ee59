package dev.skyway.portal.incidents.internal.freeze;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.approvals.StageHold;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.Severity;

/** When an incident freezes changes, and how its hold reads to approvers and requesters. */
final class FreezeRules {

    /** The holder kind approvals knows incidents' holds by. */
    static final String KIND = "incident";

    private static final Map<String, String> SUBJECT_PAGES = Map.of("product-request", "requests/",
            "account-request", "account-requests/");

    private FreezeRules() {
    }

    /** A SEV1 or SEV2 freezes until it is mitigated (a later status, or a downgrade, ends the freeze). */
    static boolean freezes(IncidentStatus status, Severity severity) {
        return (severity == Severity.SEV1 || severity == Severity.SEV2)
                && (status == IncidentStatus.TRIGGERED || status == IncidentStatus.ACKNOWLEDGED);
    }

    static boolean freezes(Incident incident) {
        return freezes(incident.status(), incident.severity())
                && (incident.organizationWide() || !incident.accountIds().isEmpty());
    }

    /** The hold an incident puts a stage on; {@code account} is the one the change targets (null: organization). */
    static StageHold hold(Incident incident, @Nullable String account) {
        String where = incident.organizationWide() || account == null ? "organization-wide" : "on account " + account;
        String reason = "Change freeze: " + incident.reference() + " (" + incident.severity() + ") is open " + where
                + ": " + incident.title();
        return new StageHold(KIND, incident.id().toString(),
                reason.length() > StageHold.MAX_REASON ? reason.substring(0, StageHold.MAX_REASON - 1) + "…" : reason,
                link(incident));
    }

    static String link(Incident incident) {
        return "incidents/" + incident.id();
    }

    /** The portal page of a held subject, when the portal has one. */
    static @Nullable String subjectLink(String subjectType, String subjectId) {
        String page = SUBJECT_PAGES.get(subjectType);
        return page == null ? null : page + subjectId;
    }

    /** An account id as {@code incidents.hold} keeps it: 12 digits, or nothing. */
    static @Nullable String accountId(@Nullable String account) {
        return account != null && account.matches("\\d{12}") ? account : null;
    }
}
