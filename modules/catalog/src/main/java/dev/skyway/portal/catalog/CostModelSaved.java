package dev.skyway.portal.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/**
 * A platform admin saved (or removed) a product's cost model.
 *
 * @param before the model before, in words ({@link CostModelRules#describe}); absent when there was none
 * @param after  the model after, in words; absent when it was removed
 */
public record CostModelSaved(String auditEventId, String productId, @Nullable String before, @Nullable String after,
                             AuditActor auditActor) implements AuditableEvent {

    @Override
    public String auditAction() {
        return after == null ? "catalog.cost-model-removed" : "catalog.cost-model-saved";
    }

    @Override
    public String auditTargetType() {
        return "product-cost-model";
    }

    @Override
    public String auditTargetId() {
        return productId;
    }

    @Override
    public Map<String, ?> auditDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", before == null ? "(none)" : before);
        details.put("after", after == null ? "(none)" : after);
        return details;
    }
}
