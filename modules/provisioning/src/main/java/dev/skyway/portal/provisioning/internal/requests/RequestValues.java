package dev.skyway.portal.provisioning.internal.requests;

import static dev.skyway.portal.provisioning.internal.requests.RequestRecords.at;
import static dev.skyway.schema.provisioning.Tables.REQUEST_OUTPUT;
import static dev.skyway.schema.provisioning.Tables.REQUEST_PARAMETER;
import static dev.skyway.schema.provisioning.Tables.REQUEST_RESUBMISSION;
import static dev.skyway.schema.provisioning.Tables.REQUEST_TAG;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.provisioning.RequestResubmission;

/**
 * What a product request holds besides its own row, each in the order it was given: parameter values, the provisioned
 * product's outputs, tags, and the resubmissions after changes were requested.
 */
@Repository
public class RequestValues {

    private final DSLContext db;

    RequestValues(DSLContext db) {
        this.db = db;
    }

    public List<StoredParameter> parameters(UUID id) {
        return db.selectFrom(REQUEST_PARAMETER).where(REQUEST_PARAMETER.REQUEST_ID.eq(id))
                .orderBy(REQUEST_PARAMETER.POSITION).fetch(r -> new StoredParameter(r.getParamKey(),
                        r.getParamValue(), r.getNoEcho(), r.getSecretValue()));
    }

    /** Parameter values in form order. */
    void insertParameters(UUID id, List<StoredParameter> parameters) {
        int position = 0;
        for (StoredParameter p : parameters) {
            db.insertInto(REQUEST_PARAMETER)
                    .set(REQUEST_PARAMETER.REQUEST_ID, id)
                    .set(REQUEST_PARAMETER.POSITION, position++)
                    .set(REQUEST_PARAMETER.PARAM_KEY, p.key())
                    .set(REQUEST_PARAMETER.PARAM_VALUE, p.value())
                    .set(REQUEST_PARAMETER.NO_ECHO, p.noEcho())
                    .set(REQUEST_PARAMETER.SECRET_VALUE, p.sealed())
                    .execute();
        }
    }

    /** Every parameter value of an edited request. */
    public void replaceParameters(UUID id, List<StoredParameter> parameters) {
        db.deleteFrom(REQUEST_PARAMETER).where(REQUEST_PARAMETER.REQUEST_ID.eq(id)).execute();
        insertParameters(id, parameters);
    }

    /** The provisioned product's outputs in stack order; empty until provisioned. */
    public Map<String, String> outputs(UUID id) {
        Map<String, String> outputs = new LinkedHashMap<>();
        db.selectFrom(REQUEST_OUTPUT).where(REQUEST_OUTPUT.REQUEST_ID.eq(id)).orderBy(REQUEST_OUTPUT.POSITION)
                .forEach(r -> outputs.put(r.getOutputKey(), r.getOutputValue()));
        return outputs;
    }

    /** Replaces the outputs (a new attempt starts without any; a succeeded one brings them). */
    public void replaceOutputs(UUID id, Map<String, String> outputs) {
        db.deleteFrom(REQUEST_OUTPUT).where(REQUEST_OUTPUT.REQUEST_ID.eq(id)).execute();
        int position = 0;
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            db.insertInto(REQUEST_OUTPUT).set(REQUEST_OUTPUT.REQUEST_ID, id)
                    .set(REQUEST_OUTPUT.POSITION, position++).set(REQUEST_OUTPUT.OUTPUT_KEY, output.getKey())
                    .set(REQUEST_OUTPUT.OUTPUT_VALUE, output.getValue()).execute();
        }
    }

    /** A request's tags in the order they were given; empty when it has none. */
    public Map<String, String> tags(UUID id) {
        Map<String, String> tags = new LinkedHashMap<>();
        db.selectFrom(REQUEST_TAG).where(REQUEST_TAG.REQUEST_ID.eq(id)).orderBy(REQUEST_TAG.POSITION)
                .forEach(r -> tags.put(r.getTagKey(), r.getTagValue()));
        return tags;
    }

    /** Replaces a request's tags (a new request has none yet; an edited one gets its new ones). */
    public void replaceTags(UUID id, Map<String, String> tags) {
        db.deleteFrom(REQUEST_TAG).where(REQUEST_TAG.REQUEST_ID.eq(id)).execute();
        int position = 0;
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            db.insertInto(REQUEST_TAG).set(REQUEST_TAG.REQUEST_ID, id).set(REQUEST_TAG.POSITION, position++)
                    .set(REQUEST_TAG.TAG_KEY, tag.getKey()).set(REQUEST_TAG.TAG_VALUE, tag.getValue()).execute();
        }
    }

    /**
     * Records that the requester resubmitted the request after changes were requested (the original submission is
     * revision 1, so the first resubmission is 2).
     */
    public void addResubmission(UUID id, Instant at, String actorName, @Nullable String note) {
        int revision = db.fetchCount(REQUEST_RESUBMISSION, REQUEST_RESUBMISSION.REQUEST_ID.eq(id)) + 2;
        db.insertInto(REQUEST_RESUBMISSION).set(REQUEST_RESUBMISSION.REQUEST_ID, id)
                .set(REQUEST_RESUBMISSION.REVISION, revision).set(REQUEST_RESUBMISSION.RESUBMITTED_AT, at(at))
                .set(REQUEST_RESUBMISSION.ACTOR_NAME, actorName).set(REQUEST_RESUBMISSION.NOTE, note).execute();
    }

    /** The request's resubmissions, oldest first; empty when it never was sent back. */
    public List<RequestResubmission> resubmissions(UUID id) {
        return db.selectFrom(REQUEST_RESUBMISSION).where(REQUEST_RESUBMISSION.REQUEST_ID.eq(id))
                .orderBy(REQUEST_RESUBMISSION.REVISION)
                .fetch(r -> new RequestResubmission(r.getRevision(), r.getResubmittedAt().toInstant(), r.getActorName(),
                        r.getNote()));
    }
}
