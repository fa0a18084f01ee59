package dev.skyway.portal.compliance.internal.waivers;

import java.time.Clock;
import java.util.Objects;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.ChangesRequested;
import dev.skyway.portal.approvals.SubjectApproved;
import dev.skyway.portal.approvals.SubjectDecided;
import dev.skyway.portal.approvals.SubjectRejected;
import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.compliance.WaiverStatus;

/**
 * The approval engine's verdicts on waivers (idempotent: a verdict on a waiver that moved on, or on another version
 * of it, is ignored). Approved: active from now, and mirrored. Rejected: rejected. Changes requested: a waiver is
 * not edited, so the request ends (withdrawn from the engine, rejected here with the approver's words) and the
 * requester asks anew.
 */
@Component
class WaiverVerdicts {

    private final WaiverRows rows;
    private final WaiverMirroring mirroring;
    private final Approvals approvals;
    private final Clock clock;

    WaiverVerdicts(WaiverRows rows, WaiverMirroring mirroring, Approvals approvals, Clock clock) {
        this.rows = rows;
        this.mirroring = mirroring;
        this.approvals = approvals;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SubjectDecided event) {
        event.subjectUuid(Waiver.SUBJECT_TYPE).flatMap(rows::find)
                .filter(w -> w.status() == WaiverStatus.PENDING_APPROVAL)
                .filter(w -> WaiverSubjects.hash(w).equals(event.subjectHash()))
                .ifPresent(w -> decide(w, event));
    }

    private void decide(Waiver w, SubjectDecided event) {
        String by = Objects.requireNonNullElse(event.auditActor().name(), event.auditActor().subject());
        switch (event) {
            case SubjectApproved approved -> {
                if (rows.move(w.id(), w.status(), w.status().approve(), by, clock.instant(),
                        approved.autoApproved() ? "approved by rule " + approved.ruleName() : null)) {
                    mirroring.activated(w, by);
                }
            }
            case SubjectRejected rejected -> rows.move(w.id(), w.status(), w.status().reject(), by, clock.instant(),
                    rejected.reason());
            case ChangesRequested changes -> {
                if (rows.move(w.id(), w.status(), w.status().reject(), by, clock.instant(),
                        "Changes requested: " + changes.comment() + " (request a new waiver)")) {
                    approvals.withdraw(changes.processId(), "A waiver is not edited; the requester asks anew");
                }
            }
        }
    }
}
