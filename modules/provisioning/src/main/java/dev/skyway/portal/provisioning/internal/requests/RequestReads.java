package dev.skyway.portal.provisioning.internal.requests;

import static dev.skyway.schema.provisioning.Tables.PRODUCT_REQUEST;
import static dev.skyway.schema.provisioning.Tables.REQUEST_OUTPUT;
import static dev.skyway.schema.provisioning.Tables.REQUEST_PARAMETER;
import static dev.skyway.schema.provisioning.Tables.REQUEST_RESUBMISSION;
import static dev.skyway.schema.provisioning.Tables.REQUEST_TAG;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProvisionedResource;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestResubmission;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.ResourceQuery;

/**
 * Requests and provisioned products as their readers see them, each read in one query with everything it shows
 * (parameter values, outputs, tags, resubmissions, a resource's change under way): a page of a list costs one query,
 * not one per row. NoEcho values are never read here; they show as {@link ProductRequest#MASKED}.
 */
@Repository
public class RequestReads {

    /** The UPDATE or TERMINATE under way of the resource in the outer query. */
    private static final dev.skyway.schema.provisioning.tables.ProductRequest CHANGE =
            PRODUCT_REQUEST.as("open_change");

    private final DSLContext db;

    RequestReads(DSLContext db) {
        this.db = db;
    }

    public Optional<ProductRequest> request(UUID id) {
        return db.select(PRODUCT_REQUEST, parameters(), outputs(), tags(), resubmissions()).from(PRODUCT_REQUEST)
                .where(PRODUCT_REQUEST.ID.eq(id))
                .fetchOptional(r -> request(RequestRecords.row(r.value1()), r.value2(), r.value3(), r.value4(),
                        r.value5()));
    }

    /**
     * Requests, newest first.
     *
     * @param requester only this user's; absent for all
     * @param status    only those in this status; absent for any
     */
    public List<ProductRequest> requests(@Nullable UserKey requester, @Nullable RequestStatus status, int offset,
                                         int limit) {
        return db.select(PRODUCT_REQUEST, parameters(), outputs(), tags(), resubmissions()).from(PRODUCT_REQUEST)
                .where(requestFilter(requester, status))
                .orderBy(PRODUCT_REQUEST.CREATED_AT.desc(), PRODUCT_REQUEST.ID).offset(offset).limit(limit)
                .fetch(r -> request(RequestRecords.row(r.value1()), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public int countRequests(@Nullable UserKey requester, @Nullable RequestStatus status) {
        return db.fetchCount(PRODUCT_REQUEST, requestFilter(requester, status));
    }

    /** A requester's requests counted by status, in one query; statuses they have none in are absent. */
    public Map<RequestStatus, Integer> countsByStatus(UserKey requester) {
        Map<RequestStatus, Integer> counts = new EnumMap<>(RequestStatus.class);
        db.select(PRODUCT_REQUEST.STATUS, DSL.count()).from(PRODUCT_REQUEST).where(Requests.requestedBy(requester))
                .groupBy(PRODUCT_REQUEST.STATUS)
                .forEach(r -> counts.put(RequestStatus.valueOf(r.value1()), r.value2()));
        return counts;
    }

    /**
     * A requester's requests in any of {@code statuses}: those in {@code first} first, in that order of statuses,
     * then the others; newest first within each.
     */
    public List<ProductRequest> requestsFirstIn(UserKey requester, Collection<RequestStatus> statuses,
                                                List<RequestStatus> first, int limit) {
        return db.select(PRODUCT_REQUEST, parameters(), outputs(), tags(), resubmissions()).from(PRODUCT_REQUEST)
                .where(Requests.requestedBy(requester))
                .and(PRODUCT_REQUEST.STATUS.in(statuses.stream().map(RequestStatus::name).toList()))
                .orderBy(PRODUCT_REQUEST.STATUS.sortAsc(first.stream().map(RequestStatus::name).toList()),
                        PRODUCT_REQUEST.CREATED_AT.desc(), PRODUCT_REQUEST.ID)
                .limit(limit)
                .fetch(r -> request(RequestRecords.row(r.value1()), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public Optional<ProvisionedResource> resource(UUID id) {
        return db.select(PRODUCT_REQUEST, parameters(), outputs(), openChange(CHANGE.ID), openChange(CHANGE.ACTION))
                .from(PRODUCT_REQUEST).where(PRODUCT_REQUEST.ID.eq(id))
                .fetchOptional(r -> resource(RequestRecords.row(r.value1()), r.value2(), r.value3(), r.value4(),
                        r.value5()));
    }

    /** Provisioned products of a user and their team, newest first ({@link ProvisionedProducts#RESOURCE_STATUSES}). */
    public List<ProvisionedResource> resources(UserKey requester, String team, ResourceQuery query, int offset,
                                               int limit) {
        return db.select(PRODUCT_REQUEST, parameters(), outputs(), openChange(CHANGE.ID), openChange(CHANGE.ACTION))
                .from(PRODUCT_REQUEST).where(ResourceFilter.of(requester, team, query))
                .orderBy(PRODUCT_REQUEST.PROVISIONED_AT.desc(), PRODUCT_REQUEST.ID).offset(offset).limit(limit)
                .fetch(r -> resource(RequestRecords.row(r.value1()), r.value2(), r.value3(), r.value4(),
                        r.value5()));
    }

    public int countResources(UserKey requester, String team, ResourceQuery query) {
        return db.fetchCount(PRODUCT_REQUEST, ResourceFilter.of(requester, team, query));
    }

    private static ProductRequest request(RequestRow row, Map<String, String> parameters,
                                          Map<String, String> outputs, Map<String, String> tags,
                                          List<RequestResubmission> resubmissions) {
        return new ProductRequest(row.id(), row.requester(), row.product(), row.target(), row.purpose(), row.status(),
                row.statusReason(), row.estimate(), row.approval().processId(), row.attempt().recordId(),
                row.provisionedName(), parameters, outputs, tags, resubmissions, row.timing());
    }

    private static ProvisionedResource resource(RequestRow row, Map<String, String> parameters,
                                                Map<String, String> outputs, UUID change, String changeAction) {
        return new ProvisionedResource(row.id(), row.provisionedName(), row.requester(), row.product(), row.target(),
                row.status(), row.statusReason(), row.timing().provisionedAt(), parameters, outputs, change,
                changeAction == null ? null : RequestAction.valueOf(changeAction), row.health(), row.estimate());
    }

    /** Parameter values in form order; NoEcho ones masked. */
    private static Field<Map<String, String>> parameters() {
        return multiset(select(REQUEST_PARAMETER.PARAM_KEY, REQUEST_PARAMETER.PARAM_VALUE, REQUEST_PARAMETER.NO_ECHO)
                .from(REQUEST_PARAMETER).where(REQUEST_PARAMETER.REQUEST_ID.eq(PRODUCT_REQUEST.ID))
                .orderBy(REQUEST_PARAMETER.POSITION)).convertFrom(RequestReads::masked);
    }

    private static Field<Map<String, String>> outputs() {
        return multiset(select(REQUEST_OUTPUT.OUTPUT_KEY, REQUEST_OUTPUT.OUTPUT_VALUE).from(REQUEST_OUTPUT)
                .where(REQUEST_OUTPUT.REQUEST_ID.eq(PRODUCT_REQUEST.ID)).orderBy(REQUEST_OUTPUT.POSITION))
                .convertFrom(RequestReads::inOrder);
    }

    private static Field<Map<String, String>> tags() {
        return multiset(select(REQUEST_TAG.TAG_KEY, REQUEST_TAG.TAG_VALUE).from(REQUEST_TAG)
                .where(REQUEST_TAG.REQUEST_ID.eq(PRODUCT_REQUEST.ID)).orderBy(REQUEST_TAG.POSITION))
                .convertFrom(RequestReads::inOrder);
    }

    private static Field<List<RequestResubmission>> resubmissions() {
        return multiset(select(REQUEST_RESUBMISSION.REVISION, REQUEST_RESUBMISSION.RESUBMITTED_AT,
                REQUEST_RESUBMISSION.ACTOR_NAME, REQUEST_RESUBMISSION.NOTE).from(REQUEST_RESUBMISSION)
                .where(REQUEST_RESUBMISSION.REQUEST_ID.eq(PRODUCT_REQUEST.ID)).orderBy(REQUEST_RESUBMISSION.REVISION))
                .convertFrom(r -> r.map(x -> new RequestResubmission(x.value1(), x.value2().toInstant(), x.value3(),
                        x.value4())));
    }

    /** A column of the resource's change under way (see {@link ProvisionedProducts#openChange}); absent when none. */
    private static <T> Field<@Nullable T> openChange(Field<T> column) {
        return DSL.field(select(column).from(CHANGE).where(CHANGE.RESOURCE_ID.eq(PRODUCT_REQUEST.ID)
                .and(CHANGE.STATUS.in(ProvisionedProducts.OPEN_CHANGE_STATUSES)))
                .orderBy(CHANGE.CREATED_AT.desc()).limit(1));
    }

    private static Map<String, String> masked(Result<Record3<String, String, Boolean>> rows) {
        Map<String, String> values = new LinkedHashMap<>();
        rows.forEach(p -> values.put(p.value1(), Boolean.TRUE.equals(p.value3()) ? ProductRequest.MASKED
                : p.value2()));
        return values;
    }

    private static Map<String, String> inOrder(Result<Record2<String, String>> rows) {
        Map<String, String> values = new LinkedHashMap<>();
        rows.forEach(r -> values.put(r.value1(), r.value2()));
        return values;
    }

    private static Condition requestFilter(@Nullable UserKey requester, @Nullable RequestStatus status) {
        Condition where = DSL.noCondition();
        if (requester != null) {
            where = where.and(Requests.requestedBy(requester));
        }
        if (status != null) {
            where = where.and(PRODUCT_REQUEST.STATUS.eq(status.name()));
        }
        return where;
    }
}
