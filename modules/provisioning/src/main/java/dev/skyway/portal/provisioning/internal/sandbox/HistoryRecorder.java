package dev.skyway.portal.provisioning.internal.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.ProductStatus;
import dev.skyway.portal.provisioning.Purpose;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestedProduct;
import dev.skyway.portal.provisioning.Target;
import dev.skyway.portal.provisioning.internal.Provisioner;
import dev.skyway.portal.provisioning.internal.requests.Attempt;
import dev.skyway.portal.provisioning.internal.requests.ProvisionedProducts;
import dev.skyway.portal.provisioning.internal.requests.ProvisioningCalls;
import dev.skyway.portal.provisioning.internal.requests.RequestRow;
import dev.skyway.portal.provisioning.internal.requests.RequestValues;
import dev.skyway.portal.provisioning.internal.requests.Requests;
import dev.skyway.portal.provisioning.internal.requests.StoredParameter;
import dev.skyway.portal.provisioning.internal.requests.SubjectHashes;
import dev.skyway.portal.provisioning.internal.requests.Transition;

/**
 * Writes one request of the sandbox's history as the portal would have left it: the request with its values and
 * tags, moved through the same steps a real one takes (approved, provisioning, the record accepted, provisioned; a
 * terminated product's TERMINATE request likewise), each at its time in the past, and the product provisioned (and
 * terminated) in the sandbox account at those times, so that its outputs exist and day-2 changes find it. NoEcho values
 * are kept as after provisioning: their rows, without a value. No event is published: nothing of this happened now
 * (no notifications, no audit entries per request).
 *
 * <p>It has no approval process: the approval engine records decisions as they are made, never in the past. Its
 * timeline therefore goes from submission straight to provisioning.
 */
@Component
class HistoryRecorder {

    /** How long each step took, from submission to provisioned (prod waited for its approvers). */
    private static final Duration APPROVAL_DEV = Duration.ofMinutes(4);
    private static final Duration APPROVAL_OTHERS = Duration.ofHours(3);
    private static final Duration PROVISIONING = Duration.ofMinutes(9);
    private static final Duration TERMINATION = Duration.ofMinutes(6);

    private final Requests requests;
    private final RequestValues values;
    private final ProvisionedProducts products;
    private final DSLContext db;

    HistoryRecorder(Requests requests, RequestValues values, ProvisionedProducts products, DSLContext db) {
        this.requests = requests;
        this.values = values;
        this.products = products;
        this.db = db;
    }

    /** A planned request checked against the catalog and inventory now, with its network values and estimate. */
    record Ready(HistoryPlan plan, ProductDetail product, Map<String, String> values, @Nullable Money estimate) {
    }

    /** Records the request (and its termination) relative to {@code now}; in the caller's transaction. */
    void record(Ready ready, Instant now) {
        HistoryPlan plan = ready.plan();
        Instant provisionedAt = daysBefore(now, plan.provisionedDaysAgo(), plan.key());
        Instant approvedAt = provisionedAt.minus(PROVISIONING);
        Instant createdAt = approvedAt.minus("dev".equals(plan.environment()) ? APPROVAL_DEV : APPROVAL_OTHERS);
        RequestedProduct product = new RequestedProduct(ready.product().id(), ready.product().name(),
                ready.product().version().id(), ready.product().version().name());
        Target target = new Target(plan.environment(), plan.accountId());
        Purpose purpose = new Purpose(plan.justification(), null);
        Map<String, String> plain = new LinkedHashMap<>();
        List<StoredParameter> stored = new ArrayList<>();
        for (ParameterDescriptor p : ready.product().parameters()) {
            String value = ready.values().get(p.key());
            if (p.noEcho() && value != null) {
                stored.add(new StoredParameter(p.key(), null, true, null)); // wiped once provisioned
            } else if (value != null) {
                plain.put(p.key(), value);
                stored.add(StoredParameter.plain(p.key(), value));
            }
        }
        Map<String, String> tags = plan.tags(ready.product());
        RequestRow row = withToken(RequestRow.pending(plan.id(), RequestAction.CREATE, null, plan.requester(), product,
                target, purpose, ready.estimate(), provisionedName(ready, plan.id()), createdAt), plan.id())
                .withSubjectHash(SubjectHashes.of(product, target, purpose, plain, tags));
        requests.insert(row, stored);
        values.replaceTags(row.id(), tags);
        Provisioner.Command command = new Provisioner.Command(product.productId(), product.versionId(),
                target.accountId(), row.provisionedName(), row.attempt().token(), plain,
                ProvisioningCalls.productTags(row, tags));
        String recordId = sandboxAt(approvedAt).provision(command);
        Provisioner.Record record = succeeded(sandboxAt(provisionedAt).describe(recordId));
        RequestRow resource = requests.save(row.approve(approvedAt)
                .then(r -> r.startProvisioning(approvedAt))
                .then(r -> r.accepted(recordId, approvedAt))
                .then(r -> r.identified(record.provisionedProductId()))
                .then(r -> r.provisioned(provisionedAt)));
        values.replaceOutputs(row.id(), record.outputs());
        products.setHealth(row.id(), ProductStatus.AVAILABLE, null, row.id(), provisionedAt);
        if (plan.terminatedDaysAgo() != null) {
            terminate(plan, resource, daysBefore(now, plan.terminatedDaysAgo(), plan.key() + "/terminate"), tags);
        }
    }

    private void terminate(HistoryPlan plan, RequestRow resource, Instant terminatedAt, Map<String, String> tags) {
        Instant approvedAt = terminatedAt.minus(TERMINATION);
        Instant askedAt = approvedAt.minus("dev".equals(plan.environment()) ? APPROVAL_DEV : APPROVAL_OTHERS);
        Purpose purpose = new Purpose(plan.terminationReason(), null);
        Money nothing = Money.zero(resource.estimate() == null ? java.util.Currency.getInstance("USD")
                : resource.estimate().currency());
        // hashed as a TERMINATE is (what it asks of which resource)
        String hash = SubjectHashes.of(resource.product(), resource.target(), purpose, Map.of(
                "skyway:action", RequestAction.TERMINATE.name(), "skyway:resource", resource.id().toString()),
                Map.of());
        RequestRow termination = withToken(RequestRow.pending(plan.terminationId(), RequestAction.TERMINATE,
                resource.id(), plan.requester(), resource.product(), resource.target(), purpose, nothing,
                resource.provisionedName(), askedAt), plan.terminationId()).withSubjectHash(hash);
        requests.insert(termination, List.of());
        values.replaceTags(termination.id(), tags);
        String recordId = sandboxAt(approvedAt).terminate(new Provisioner.TerminateCommand(
                resource.attempt().provisionedProductId(), resource.provisionedName(),
                termination.attempt().token()));
        succeeded(sandboxAt(terminatedAt).describe(recordId));
        requests.save(termination.approve(approvedAt)
                .then(r -> r.startTerminating(approvedAt))
                .then(r -> r.accepted(recordId, approvedAt))
                .then(r -> r.terminated(terminatedAt)));
        Transition gone = resource.beingTerminated(approvedAt).then(r -> r.terminated(terminatedAt));
        requests.save(gone);
    }

    /** The sandbox account as it was at {@code at}: a record started then is finished when described then. */
    private SandboxProvisioner sandboxAt(Instant at) {
        return new SandboxProvisioner(db, Clock.fixed(at, ZoneOffset.UTC), Duration.ZERO);
    }

    private static Provisioner.Record succeeded(Provisioner.Record record) {
        if (record.state() != Provisioner.State.SUCCEEDED) {
            throw new IllegalStateException("The sandbox refused history record " + record.id() + ": "
                    + record.error());
        }
        return record;
    }

    /** The same provision token on every first start (so the sandbox's ids and outputs are the same too). */
    private static RequestRow withToken(RequestRow row, UUID id) {
        return new RequestRow(row.id(), row.action(), row.resourceId(), row.requester(), row.requesterKey(),
                row.product(), row.target(), row.purpose(), row.estimate(), row.approval(), row.provisionedName(),
                row.status(), row.statusReason(), new Attempt(1, HistoryPlan.uuid(id + "/token").toString(), null, 0,
                null, null), row.health(), row.timing());
    }

    /** As a new request is named: its first {@code *Name}/{@code *NameSuffix} value, else the product and short id. */
    private static String provisionedName(Ready ready, UUID id) {
        for (ParameterDescriptor p : ready.product().parameters()) {
            String value = ready.plan().values().get(p.key());
            if (!p.noEcho() && p.key().matches(".*(Name|NameSuffix)$") && value != null && !value.isBlank()) {
                return value.replaceAll("[^A-Za-z0-9._-]", "-");
            }
        }
        String slug = ready.product().name().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug + "-" + id.toString().substring(0, 8);
    }

    /** A time of the working day (UTC) {@code days} before {@code now}'s day, stable per {@code key}. */
    private static Instant daysBefore(Instant now, int days, String key) {
        return now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(days)).plus(Duration.ofHours(8))
                .plus(Duration.ofMinutes(Math.floorMod(key.hashCode(), 8 * 60)));
    }
}
