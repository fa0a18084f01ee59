package dev.skyway.portal.compliance.internal.drift;

import static dev.skyway.schema.compliance.Tables.DRIFT_CHECK;
import static dev.skyway.schema.compliance.Tables.RESOURCE_DRIFT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.compliance.internal.aws.DriftDetection;
import dev.skyway.portal.compliance.internal.aws.ResourceDrift;
import dev.skyway.portal.compliance.internal.aws.StackArn;

/** {@code drift_check} and {@code resource_drift}: every check is kept, pages read the latest per stack. */
@Repository
class DriftRows {

    private static final int MAX_REASON = 4000;
    private static final int CHUNK = 1_000;

    private final DSLContext db;

    DriftRows(DSLContext db) {
        this.db = db;
    }

    DriftCheck start(StackArn stack, @Nullable UUID resourceId, String requestedBy, Instant at) {
        UUID id = UUID.randomUUID();
        db.insertInto(DRIFT_CHECK).set(DRIFT_CHECK.ID, id).set(DRIFT_CHECK.STACK_ID, stack.arn())
                .set(DRIFT_CHECK.STACK_NAME, stack.stackName()).set(DRIFT_CHECK.ACCOUNT_ID, stack.accountId())
                .set(DRIFT_CHECK.REGION, stack.region())
                .set(DRIFT_CHECK.PROVISIONED_PRODUCT_ID, resourceId == null ? null : resourceId.toString())
                .set(DRIFT_CHECK.STATUS, DriftCheck.IN_PROGRESS).set(DRIFT_CHECK.REQUESTED_BY, requestedBy)
                .set(DRIFT_CHECK.STARTED_AT, time(at)).execute();
        return find(id).orElseThrow();
    }

    void detectionId(UUID checkId, String detectionId) {
        db.update(DRIFT_CHECK).set(DRIFT_CHECK.DETECTION_ID, detectionId).where(DRIFT_CHECK.ID.eq(checkId)).execute();
    }

    /** The detection's outcome, and the resources it found drifted (those in sync are not kept). */
    void finish(UUID checkId, DriftDetection detection, List<ResourceDrift> resources, Instant at) {
        List<ResourceDrift> drifted = resources.stream().filter(ResourceDrift::drifted).toList();
        db.update(DRIFT_CHECK).set(DRIFT_CHECK.STATUS, detection.detectionStatus())
                .set(DRIFT_CHECK.STACK_DRIFT_STATUS, detection.stackDriftStatus())
                .set(DRIFT_CHECK.DRIFTED_RESOURCES, detection.driftedResources() != null
                        ? detection.driftedResources() : drifted.size())
                .set(DRIFT_CHECK.STATUS_REASON, cut(detection.reason())).set(DRIFT_CHECK.FINISHED_AT, time(at))
                .where(DRIFT_CHECK.ID.eq(checkId)).execute();
        for (ResourceDrift r : drifted) {
            db.insertInto(RESOURCE_DRIFT).set(RESOURCE_DRIFT.CHECK_ID, checkId)
                    .set(RESOURCE_DRIFT.LOGICAL_RESOURCE_ID, r.logicalResourceId())
                    .set(RESOURCE_DRIFT.PHYSICAL_RESOURCE_ID, r.physicalResourceId())
                    .set(RESOURCE_DRIFT.RESOURCE_TYPE, r.resourceType()).set(RESOURCE_DRIFT.DRIFT_STATUS, r.status())
                    .set(RESOURCE_DRIFT.PROPERTY_DIFFERENCES, DriftJson.write(r.differences()))
                    .set(RESOURCE_DRIFT.EXPECTED_PROPERTIES, r.expectedProperties())
                    .set(RESOURCE_DRIFT.ACTUAL_PROPERTIES, r.actualProperties())
                    .set(RESOURCE_DRIFT.DETECTED_AT, r.detectedAt() == null ? time(at) : time(r.detectedAt()))
                    .execute();
        }
    }

    void fail(UUID checkId, String reason, Instant at) {
        db.update(DRIFT_CHECK).set(DRIFT_CHECK.STATUS, DriftCheck.FAILED).set(DRIFT_CHECK.STATUS_REASON, cut(reason))
                .set(DRIFT_CHECK.FINISHED_AT, time(at)).where(DRIFT_CHECK.ID.eq(checkId)).execute();
    }

    /** Checks a dead process left in progress fail, so the stack can be checked again. */
    int failStale(Instant startedBefore, Instant now) {
        return db.update(DRIFT_CHECK).set(DRIFT_CHECK.STATUS, DriftCheck.FAILED)
                .set(DRIFT_CHECK.STATUS_REASON, "The portal stopped while the detection ran; check again")
                .set(DRIFT_CHECK.FINISHED_AT, time(now))
                .where(DRIFT_CHECK.STATUS.eq(DriftCheck.IN_PROGRESS).and(DRIFT_CHECK.STARTED_AT.lt(
                        time(startedBefore)))).execute();
    }

    Optional<DriftCheck> find(UUID id) {
        return db.selectFrom(DRIFT_CHECK).where(DRIFT_CHECK.ID.eq(id)).fetchOptional(DriftRows::check);
    }

    Optional<DriftCheck> running(String stackArn) {
        return db.selectFrom(DRIFT_CHECK).where(DRIFT_CHECK.STACK_ID.eq(stackArn)
                        .and(DRIFT_CHECK.STATUS.eq(DriftCheck.IN_PROGRESS)))
                .orderBy(DRIFT_CHECK.STARTED_AT.desc()).limit(1).fetchOptional(DriftRows::check);
    }

    /** The stack's newest complete detection. */
    Optional<DriftCheck> lastComplete(String stackArn) {
        return db.selectFrom(DRIFT_CHECK).where(DRIFT_CHECK.STACK_ID.eq(stackArn)
                        .and(DRIFT_CHECK.STATUS.eq(DriftCheck.COMPLETE)))
                .orderBy(DRIFT_CHECK.STARTED_AT.desc()).limit(1).fetchOptional(DriftRows::check);
    }

    /** The newest check of each stack, finished or not; only these accounts when given. */
    List<DriftCheck> latest(@Nullable Set<String> accounts, boolean finished, @Nullable UUID resourceId) {
        Condition where = finished ? DRIFT_CHECK.STATUS.ne(DriftCheck.IN_PROGRESS)
                : DRIFT_CHECK.STATUS.eq(DriftCheck.IN_PROGRESS);
        if (accounts != null) {
            where = where.and(DRIFT_CHECK.ACCOUNT_ID.in(accounts));
        }
        if (resourceId != null) {
            where = where.and(DRIFT_CHECK.PROVISIONED_PRODUCT_ID.eq(resourceId.toString()));
        }
        var newest = DSL.rowNumber().over(DSL.partitionBy(DRIFT_CHECK.STACK_ID)
                .orderBy(DRIFT_CHECK.STARTED_AT.desc(), DRIFT_CHECK.ID)).as("newest");
        var ranked = db.select(DRIFT_CHECK.asterisk(), newest).from(DRIFT_CHECK).where(where).asTable("ranked");
        return db.select().from(ranked).where(ranked.field("newest", Integer.class).eq(1))
                .orderBy(ranked.field(DRIFT_CHECK.ACCOUNT_ID), ranked.field(DRIFT_CHECK.STACK_NAME))
                .fetch(r -> check(r.into(DRIFT_CHECK)));
    }

    /** The newest finished check of each of these provisioned products' stacks, by product. */
    List<DriftCheck> lastFinished(Collection<UUID> resourceIds) {
        if (resourceIds.isEmpty()) {
            return List.of();
        }
        var newest = DSL.rowNumber().over(DSL.partitionBy(DRIFT_CHECK.PROVISIONED_PRODUCT_ID)
                .orderBy(DRIFT_CHECK.STARTED_AT.desc(), DRIFT_CHECK.ID)).as("newest");
        var ranked = db.select(DRIFT_CHECK.asterisk(), newest).from(DRIFT_CHECK)
                .where(DRIFT_CHECK.STATUS.ne(DriftCheck.IN_PROGRESS).and(DRIFT_CHECK.PROVISIONED_PRODUCT_ID.in(
                        resourceIds.stream().map(UUID::toString).toList()))).asTable("ranked");
        return db.select().from(ranked).where(ranked.field("newest", Integer.class).eq(1))
                .fetch(r -> check(r.into(DRIFT_CHECK)));
    }

    /** The drifted resources a check found. */
    List<DriftedResource> drifted(UUID checkId) {
        return drifted(List.of(checkId)).getOrDefault(checkId, List.of());
    }

    /** The drifted resources each of these checks found (a check that found none is absent), in few reads. */
    Map<UUID, List<DriftedResource>> drifted(Collection<UUID> checkIds) {
        Map<UUID, List<DriftedResource>> byCheck = new HashMap<>();
        List<UUID> ids = List.copyOf(checkIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            db.selectFrom(RESOURCE_DRIFT).where(RESOURCE_DRIFT.CHECK_ID.in(ids.subList(from,
                            Math.min(ids.size(), from + CHUNK)))
                            .and(RESOURCE_DRIFT.DRIFT_STATUS.in("MODIFIED", "DELETED")))
                    .orderBy(RESOURCE_DRIFT.CHECK_ID, RESOURCE_DRIFT.LOGICAL_RESOURCE_ID)
                    .forEach(r -> byCheck.computeIfAbsent(r.getCheckId(), k -> new ArrayList<>())
                            .add(new DriftedResource(r.getLogicalResourceId(), r.getPhysicalResourceId(),
                                    r.getResourceType(), r.getDriftStatus(), DriftJson.read(r.getPropertyDifferences()),
                                    r.getDetectedAt() == null ? null : r.getDetectedAt().toInstant())));
        }
        return byCheck;
    }

    /** Every stack with a check, by ARN, with the provisioned product the newest check named. */
    List<DriftCheck> knownStacks() {
        return latest(null, true, null);
    }

    private static DriftCheck check(Record r) {
        String product = r.get(DRIFT_CHECK.PROVISIONED_PRODUCT_ID);
        OffsetDateTime finished = r.get(DRIFT_CHECK.FINISHED_AT);
        return new DriftCheck(r.get(DRIFT_CHECK.ID), r.get(DRIFT_CHECK.STACK_ID), r.get(DRIFT_CHECK.STACK_NAME),
                r.get(DRIFT_CHECK.ACCOUNT_ID), r.get(DRIFT_CHECK.REGION), uuid(product), r.get(DRIFT_CHECK.STATUS),
                r.get(DRIFT_CHECK.STACK_DRIFT_STATUS), r.get(DRIFT_CHECK.DRIFTED_RESOURCES),
                r.get(DRIFT_CHECK.STATUS_REASON), r.get(DRIFT_CHECK.REQUESTED_BY),
                r.get(DRIFT_CHECK.STARTED_AT).toInstant(), finished == null ? null : finished.toInstant());
    }

    /** The sandbox seed names products by made-up ids, not request ids: those stacks have no resource. */
    private static @Nullable UUID uuid(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable String cut(@Nullable String text) {
        return text == null || text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }
}
