package dev.skyway.portal.incidents.internal.freeze;

import static dev.skyway.schema.incidents.Tables.AFFECTED_ACCOUNT;
import static dev.skyway.schema.incidents.Tables.INCIDENT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.ChangeFreezes;
import dev.skyway.portal.approvals.HeldStage;
import dev.skyway.portal.approvals.StageHold;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.approvals.SubjectRef;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentStore;

/**
 * The incidents' answer to "may this change be decided now?": not while a SEV1 or SEV2 that is not yet mitigated is
 * open on the account it targets, or organization-wide, unless that incident's commander let this change through.
 * The oldest such incident holds it.
 */
@Component
class IncidentFreezes implements ChangeFreezes {

    private static final List<String> FREEZING_STATUSES = List.of(IncidentStatus.TRIGGERED.name(),
            IncidentStatus.ACKNOWLEDGED.name());
    private static final List<String> FREEZING_SEVERITIES = List.of(Severity.SEV1.name(), Severity.SEV2.name());

    private final DSLContext db;
    private final IncidentStore incidents;
    private final HoldStore holds;
    private final HoldRecorder recorder;

    IncidentFreezes(DSLContext db, IncidentStore incidents, HoldStore holds, HoldRecorder recorder) {
        this.db = db;
        this.incidents = incidents;
        this.holds = holds;
        this.recorder = recorder;
    }

    @Override
    public Optional<StageHold> holdFor(SubjectRef subject, SubjectAttributes attributes) {
        String account = attributes.account();
        Condition where = account == null ? INCIDENT.ORGANIZATION_WIDE.isTrue()
                : INCIDENT.ORGANIZATION_WIDE.isTrue().or(DSL.exists(DSL.selectOne().from(AFFECTED_ACCOUNT)
                        .where(AFFECTED_ACCOUNT.INCIDENT_ID.eq(INCIDENT.ID))
                        .and(AFFECTED_ACCOUNT.ACCOUNT_ID.eq(account))));
        List<UUID> freezing = db.select(INCIDENT.ID).from(INCIDENT)
                .where(INCIDENT.STATUS.in(FREEZING_STATUSES)).and(INCIDENT.SEVERITY.in(FREEZING_SEVERITIES))
                .and(where).orderBy(INCIDENT.DETECTED_AT, INCIDENT.ID).fetch(INCIDENT.ID);
        return freezing.stream()
                .filter(id -> !holds.releasedByCommander(id, subject.type(), subject.id()))
                .flatMap(id -> incidents.find(id).stream())
                .findFirst()
                .map(incident -> FreezeRules.hold(incident, account));
    }

    @Override
    public boolean exempts(StageHold hold, SubjectRef subject) {
        return hold.kind().equals(FreezeRules.KIND)
                && holds.releasedByCommander(UUID.fromString(hold.reference()), subject.type(), subject.id());
    }

    @Override
    public void held(HeldStage stage) {
        if (stage.hold().kind().equals(FreezeRules.KIND)) {
            recorder.held(UUID.fromString(stage.hold().reference()), List.of(stage));
        }
    }
}
