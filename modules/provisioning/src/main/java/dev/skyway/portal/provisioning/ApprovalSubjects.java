package dev.skyway.portal.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.internal.requests.RequestRow;
import dev.skyway.portal.provisioning.internal.requests.Revision;
import dev.skyway.portal.provisioning.internal.requests.SubjectHashes;

/**
 * A product request as the approval engine sees it: the attributes policies route on and approvers read, and (for an
 * UPDATE or TERMINATE) the version hash of what it asks of which resource.
 */
final class ApprovalSubjects {

    private ApprovalSubjects() {
    }

    /** What policies route a new (CREATE) request on and approvers read; its tags come with {@link #withTags}. */
    static SubjectAttributes attributes(RequestRow row, @Nullable Money estimate) {
        Map<String, String> display = new LinkedHashMap<>();
        display.put("product", row.product().productName());
        display.put("version", row.product().versionName());
        display.put("environment", row.target().environment());
        display.put("account", row.target().accountId());
        display.put("estimated cost", estimate == null ? "unknown" : estimate + " / month");
        display.put("justification", row.purpose().justification());
        return new SubjectAttributes(row.target().environment(), toApprovals(estimate), row.product().productId(),
                row.target().accountId(), row.requester().team(), RequestAction.CREATE.subjectAction(), display);
    }

    /** Approvers see each tag as its own line ({@code tag <key>}). */
    static SubjectAttributes withTags(SubjectAttributes attributes, Map<String, String> tags) {
        Map<String, String> display = new LinkedHashMap<>(attributes.display());
        tags.forEach((key, value) -> display.put("tag " + key, value.isEmpty() ? "(empty)" : value));
        return new SubjectAttributes(attributes.environment(), attributes.monthlyCost(), attributes.product(),
                attributes.account(), attributes.team(), attributes.action(), display);
    }

    /** The estimate the approval policy sees: none (no cost rule applies) when unknown or negative. */
    static @Nullable Money toApprovals(@Nullable Money money) {
        return money == null || money.isNegative() ? null : money;
    }

    /**
     * The subject hash of an UPDATE or TERMINATE: what it asks of which resource, plus {@code extra} (e.g. the note
     * and revision of a resubmitted termination, so that a resubmission is always a new version).
     */
    static String changeHash(Revision revision, Map<String, String> plain, RequestAction action, RequestRow resource,
                             Map<String, String> extra) {
        Map<String, String> hashed = new LinkedHashMap<>(plain);
        hashed.put("skyway:action", action.name());
        hashed.put("skyway:resource", resource.id().toString());
        hashed.putAll(extra);
        return SubjectHashes.of(revision.product(), revision.target(), revision.purpose(), hashed, Map.of());
    }

    /** What policies route an UPDATE or TERMINATE on and approvers read; {@code note}, when given, last. */
    static SubjectAttributes changeAttributes(RequestRow row, Map<String, String> plain, RequestRow resource,
                                              @Nullable Money estimate, @Nullable String note) {
        Map<String, String> display = new LinkedHashMap<>();
        display.put("action", row.action() == RequestAction.UPDATE ? "update parameters" : "terminate");
        display.put("resource", resource.provisionedName());
        display.put("product", row.product().productName());
        display.put("version", row.product().versionName());
        display.put("environment", row.target().environment());
        display.put("account", row.target().accountId());
        if (row.action() == RequestAction.UPDATE) {
            display.put("estimated cost", estimate == null ? "unknown" : estimate + " / month");
            plain.forEach((k, v) -> display.put(k, v));
        }
        display.put("justification", row.purpose().justification());
        if (note != null) {
            display.put(ProvisionedResources.RESUBMISSION_NOTE, note);
        }
        return new SubjectAttributes(row.target().environment(), toApprovals(estimate),
                row.product().productId(), row.target().accountId(), row.requester().team(),
                row.action().subjectAction(), display);
    }
}
