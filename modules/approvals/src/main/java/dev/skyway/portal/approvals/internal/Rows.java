package dev.skyway.portal.approvals.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.approvals.ApprovalMode;
import dev.skyway.portal.approvals.ProcessStatus;
import dev.skyway.portal.approvals.StageHold;
import dev.skyway.portal.approvals.StageStatus;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.approvals.SubjectRef;
import dev.skyway.portal.platform.identity.UserKey;

/** The engine's rows as values (never jOOQ records outside the repositories). */
final class Rows {

    private Rows() {
    }

    record ProcessRow(UUID id, SubjectRef subject, SubjectAttributes attributes, String subjectHash,
                      Requester requester, int policyVersion, String ruleName, ProcessStatus status, int revision,
                      Instant createdAt, Instant completedAt) {
    }

    /** Who asked: kept whole so events name the requester as the platform's users do. */
    record Requester(String issuer, String subject, String username, String name) {

        /** Who the requester is; the username is only shown. */
        UserKey key() {
            return new UserKey(issuer, subject);
        }
    }

    record StageRow(UUID id, UUID processId, int revision, int position, String name, ApprovalMode mode,
                    int requiredApprovals, StageStatus status, boolean held, Duration sla, String escalateToRole,
                    Instant openedAt, Instant dueAt, Instant remindedAt, Instant escalatedAt, Instant completedAt,
                    @Nullable StageHold hold) {
    }

    /**
     * One approver of a stage: {@code kind} is {@link #ROLE} (value: a role name) or {@link #USER} (value: the
     * person's {@link UserKey#canonical() key}, never a username).
     */
    record Approver(String kind, String value, boolean escalation) {

        static final String ROLE = "ROLE";
        static final String USER = "USER";

        static Approver role(String role, boolean escalation) {
            return new Approver(ROLE, role, escalation);
        }

        static Approver user(UserKey person) {
            return new Approver(USER, person.canonical(), false);
        }

        /** True when this approver names {@code person} personally (not through a role). */
        boolean names(UserKey person) {
            return kind.equals(USER) && value.equals(person.canonical());
        }

        /** {@code role:APPROVER}, {@code user:approver} (a local demo user) or {@code user:issuer#subject}. */
        String label() {
            return kind.toLowerCase() + ":" + (kind.equals(USER) ? UserKey.parse(value).reference() : value);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
