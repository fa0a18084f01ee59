package dev.skyway.portal.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.approvals.SubjectDecided.Verdict;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;

class SubjectDecidedTests {

    static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    static final AuditActor ACTOR = AuditActor.of(PortalUser.SYSTEM);

    @Test
    void eachVerdictSaysWhatItIsAndWhy() {
        UUID process = UUID.randomUUID();
        SubjectDecided approved = new SubjectApproved("e1", process, "budget", "b-1", "h", 1, "rule", false, NOW,
                ACTOR);
        SubjectDecided rejected = new SubjectRejected("e2", process, "budget", "b-1", "h", "Finance", "too much",
                NOW, ACTOR);
        SubjectDecided changes = new ChangesRequested("e3", process, "budget", "b-1", "h", "Finance", "less",
                "erin", NOW, ACTOR);

        assertThat(approved.verdict()).isEqualTo(Verdict.APPROVED);
        assertThat(approved.comment()).isNull();
        assertThat(rejected.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(rejected.comment()).isEqualTo("too much");
        assertThat(changes.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
        assertThat(changes.comment()).isEqualTo("less");
        assertThat(java.util.List.of(approved, rejected, changes)).extracting(SubjectDecided::decidedAt)
                .containsOnly(NOW);
    }

    @Test
    void theSubjectIdIsAUuidOnlyForTheNamedSubjectType() {
        UUID id = UUID.randomUUID();
        SubjectDecided verdict = new SubjectRejected("e", UUID.randomUUID(), "budget", id.toString(), "h", "s", "r",
                NOW, ACTOR);
        SubjectDecided notAUuid = new SubjectRejected("e", UUID.randomUUID(), "budget", "b-1", "h", "s", "r", NOW,
                ACTOR);

        assertThat(verdict.subjectUuid("budget")).contains(id);
        assertThat(verdict.subjectUuid("waiver")).isEmpty();
        assertThat(notAUuid.subjectUuid("budget")).isEmpty();
    }
}
