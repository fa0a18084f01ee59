package dev.skyway.portal.provisioning.internal.sandbox;

import static dev.skyway.schema.provisioning.Tables.SANDBOX_RECORD_OUTPUT;
import static dev.skyway.schema.provisioning.Tables.SANDBOX_RECORD_TAG;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jooq.DSLContext;

import dev.skyway.portal.provisioning.internal.ProvisioningException;

/**
 * What the sandbox keeps with a provisioning record besides its state: the outputs it finishes with and the tags it
 * was provisioned with, checked as AWS checks them (at most {@value #MAX_TAGS}, no {@code aws:} prefix, keys up to
 * 128 and values up to 256 characters; else the call is refused, like ProvisionProduct's InvalidParametersException).
 */
class SandboxRecordValues {

    static final int MAX_TAGS = 50;

    private final DSLContext db;

    SandboxRecordValues(DSLContext db) {
        this.db = db;
    }

    void saveOutputs(String id, Map<String, String> outputs) {
        int position = 0;
        for (var output : outputs.entrySet()) {
            db.insertInto(SANDBOX_RECORD_OUTPUT).set(SANDBOX_RECORD_OUTPUT.RECORD_ID, id)
                    .set(SANDBOX_RECORD_OUTPUT.POSITION, position++)
                    .set(SANDBOX_RECORD_OUTPUT.OUTPUT_KEY, output.getKey())
                    .set(SANDBOX_RECORD_OUTPUT.OUTPUT_VALUE, output.getValue()).execute();
        }
    }

    void saveTags(String id, Map<String, String> tags) {
        int position = 0;
        for (var tag : tags.entrySet()) {
            db.insertInto(SANDBOX_RECORD_TAG).set(SANDBOX_RECORD_TAG.RECORD_ID, id)
                    .set(SANDBOX_RECORD_TAG.POSITION, position++).set(SANDBOX_RECORD_TAG.TAG_KEY, tag.getKey())
                    .set(SANDBOX_RECORD_TAG.TAG_VALUE, tag.getValue()).execute();
        }
    }

    /** The tags a record was provisioned with, in the order given. */
    Map<String, String> tags(String recordId) {
        Map<String, String> tags = new LinkedHashMap<>();
        db.selectFrom(SANDBOX_RECORD_TAG).where(SANDBOX_RECORD_TAG.RECORD_ID.eq(recordId))
                .orderBy(SANDBOX_RECORD_TAG.POSITION).forEach(t -> tags.put(t.getTagKey(), t.getTagValue()));
        return tags;
    }

    static void checkTags(Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw new ProvisioningException("Service Catalog accepts at most " + MAX_TAGS + " tags, not "
                    + tags.size());
        }
        tags.forEach((key, value) -> {
            if (key.isEmpty() || key.length() > 128 || value.length() > 256
                    || key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                throw new ProvisioningException("Service Catalog refused the tag \"" + key + "\": keys are 1-128 "
                        + "characters without the aws: prefix, values at most 256");
            }
        });
    }

    /** A record's outputs, in stack order. */
    Map<String, String> outputs(String recordId) {
        Map<String, String> outputs = new LinkedHashMap<>();
        db.selectFrom(SANDBOX_RECORD_OUTPUT).where(SANDBOX_RECORD_OUTPUT.RECORD_ID.eq(recordId))
                .orderBy(SANDBOX_RECORD_OUTPUT.POSITION)
                .forEach(o -> outputs.put(o.getOutputKey(), o.getOutputValue()));
        return outputs;
    }
}
