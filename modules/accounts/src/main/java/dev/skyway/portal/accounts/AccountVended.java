package dev.skyway.portal.accounts;

import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/** A requested account was created, placed in its OU, baselined and budgeted. */
public record AccountVended(String auditEventId, UUID requestId, String accountId, String accountName,
                            String organizationalUnitId, String ownerTeam, String environment, String requester,
                            AuditActor auditActor) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "accounts.account-vended";
    }

    @Override
    public String auditTargetType() {
        return "account";
    }

    @Override
    public String auditTargetId() {
        return accountId;
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("requestId", requestId.toString(), "accountName", accountName, "ouId", organizationalUnitId,
                "ownerTeam", ownerTeam, "environment", environment, "requester", requester);
    }
}
