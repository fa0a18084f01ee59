package dev.skyway.portal.compliance.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.internal.aws.PropertyDrift;
import dev.skyway.portal.compliance.internal.drift.DriftCheck;
import dev.skyway.portal.compliance.internal.drift.DriftedResource;
import dev.skyway.portal.compliance.internal.drift.StackDrift;

/** The drift API's bodies. */
final class DriftJson {

    private DriftJson() {
    }

    /** {@code POST /drift/checks}: the stack by its ARN, or by the request id of its provisioned product. */
    record CheckRequest(@Nullable String stackArn, @Nullable String requestId) {
    }

    record Page(int total, List<Stack> items) {
    }

    /**
     * A stack with its last finished check and the resources it found drifted.
     *
     * @param status       DRIFTED, IN_SYNC, UNKNOWN, NOT_CHECKED, IN_PROGRESS (first check running) or FAILED
     * @param checking     a check is running now
     */
    record Stack(String stackArn, @Nullable String stackName, String accountId, String region,
                 @Nullable UUID requestId, String status, @Nullable Integer driftedResources,
                 @Nullable Instant checkedAt, boolean checking, @Nullable Check lastCheck, List<Resource> resources) {

        static Stack of(StackDrift s) {
            DriftCheck stack = s.stack();
            return new Stack(stack.stackArn(), stack.stackName(), stack.accountId(), stack.region(),
                    stack.resourceId(), s.status(), s.last() == null ? null : s.last().driftedResources(),
                    s.last() == null ? null : s.last().finishedAt(), s.running() != null,
                    s.last() == null ? null : Check.of(s.last()), s.drifted().stream().map(Resource::of).toList());
        }
    }

    /** One check: {@code status} is CloudFormation's detection status. */
    record Check(UUID id, String stackArn, String accountId, @Nullable UUID requestId, String status,
                 @Nullable String stackDriftStatus, @Nullable Integer driftedResources,
                 @Nullable String statusReason, String requestedBy, Instant startedAt, @Nullable Instant finishedAt) {

        static Check of(DriftCheck c) {
            return new Check(c.id(), c.stackArn(), c.accountId(), c.resourceId(), c.status(), c.stackDriftStatus(),
                    c.driftedResources(), c.statusReason(), c.requestedBy(), c.startedAt(), c.finishedAt());
        }
    }

    /** A drifted resource: MODIFIED (with its property differences) or DELETED. */
    record Resource(String logicalResourceId, @Nullable String physicalResourceId, String resourceType,
                    String driftStatus, List<Difference> differences) {

        static Resource of(DriftedResource r) {
            return new Resource(r.logicalId(), r.physicalId(), r.type(), r.status(),
                    r.differences().stream().map(Difference::of).toList());
        }
    }

    /** Expected (the template) against actual (the resource), as JSON values; ADD, REMOVE or NOT_EQUAL. */
    record Difference(String propertyPath, @Nullable String expectedValue, @Nullable String actualValue,
                      String differenceType) {

        static Difference of(PropertyDrift d) {
            return new Difference(d.path(), d.expected(), d.actual(), d.differenceType());
        }
    }
}
