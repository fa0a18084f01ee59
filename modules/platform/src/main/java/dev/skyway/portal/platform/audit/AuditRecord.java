package dev.skyway.portal.platform.audit;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What to append to the ledger. The actor and time are taken by the ledger (current user, clock).
 *
 * @param action        what happened, e.g. {@code request.approved}
 * @param targetType    the kind of thing acted on, e.g. {@code product-request}
 * @param targetId      its id
 * @param details       before/after and other facts; values are rendered as JSON; may be empty (a missing map means
 *                      none)
 * @param correlationId ties entries of one user action or request together
 */
public record AuditRecord(String action, String targetType, String targetId, Map<String, ?> details,
                          @Nullable String correlationId) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        details = details == null ? Map.of() : details;
    }

    public static AuditRecord of(String action, String targetType, String targetId, Map<String, ?> details) {
        return new AuditRecord(action, targetType, targetId, details, null);
    }
}
