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
import dev.skyway.portal.compliance.Attestation;
import dev.skyway.portal.compliance.WaiverStatus;

/** The approval engine's verdicts on attestations, handled as waivers' are (idempotent; changes requested ends it). */
@Component
class AttestationVerdicts {

    private final AttestationRows rows;
    private final Approvals approvals;
    private final Clock clock;

    AttestationVerdicts(AttestationRows rows, Approvals approvals, Clock clock) {
        this.rows = rows;
        this.approvals = approvals;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SubjectDecided event) {
        event.subjectUuid(Attestation.SUBJECT_TYPE).flatMap(rows::find)
                .filter(a -> a.status() == WaiverStatus.PENDING_APPROVAL)
                .filter(a -> AttestationSubjects.hash(a, rows.evidenceHash(a.id()).orElse(null))
                        .equals(event.subjectHash()))
                .ifPresent(a -> decide(a, event));
    }

    private void decide(Attestation a, SubjectDecided event) {
        String by = Objects.requireNonNullElse(event.auditActor().name(), event.auditActor().subject());
        switch (event) {
            case SubjectApproved approved -> rows.move(a.id(), a.status(), a.status().approve(), by,
                    clock.instant(), approved.autoApproved() ? "approved by rule " + approved.ruleName() : null);
            case SubjectRejected rejected -> rows.move(a.id(), a.status(), a.status().reject(), by,
                    clock.instant(), rejected.reason());
            case ChangesRequested changes -> {
                if (rows.move(a.id(), a.status(), a.status().reject(), by, clock.instant(),
                        "Changes requested: " + changes.comment() + " (attest anew)")) {
                    approvals.withdraw(changes.processId(), "An attestation is not edited; the attester attests anew");
                }
            }
        }
    }
}
