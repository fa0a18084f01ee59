package dev.skyway.portal.compliance.internal.imports;

import static dev.skyway.schema.compliance.Tables.FINDING;
import static dev.skyway.schema.compliance.Tables.FINDING_EVENT;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.internal.parse.ParsedFinding;
import dev.skyway.schema.compliance.tables.records.FindingEventRecord;
import dev.skyway.schema.compliance.tables.records.FindingRecord;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** How a parsed finding fills a row, and multi-row inserts (far fewer round trips than single rows). */
final class FindingRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int REQUIREMENTS_MAX = 4000;

    private static final Field<?>[] FINDING_FIELDS = {FINDING.ID, FINDING.FINDING_KEY, FINDING.SOURCE,
            FINDING.ACCOUNT_ID, FINDING.REGION, FINDING.RESOURCE_ID, FINDING.RESOURCE_TYPE, FINDING.CONTROL_ID,
            FINDING.CONTROL_KEY, FINDING.TITLE, FINDING.DETAIL, FINDING.SEVERITY, FINDING.SEVERITY_RANK,
            FINDING.STATUS, FINDING.MUTED, FINDING.REMEDIATION, FINDING.REMEDIATION_URL, FINDING.EXTERNAL_ID,
            FINDING.PRODUCT_ARN, FINDING.REQUIREMENTS, FINDING.FIRST_SEEN, FINDING.LAST_SEEN, FINDING.LAST_IMPORT_ID,
            FINDING.UPDATED_AT};
    private static final Field<?>[] EVENT_FIELDS = {FINDING_EVENT.FINDING_ID, FINDING_EVENT.ACCOUNT_ID,
            FINDING_EVENT.CONTROL_KEY, FINDING_EVENT.KIND, FINDING_EVENT.FROM_STATUS, FINDING_EVENT.TO_STATUS,
            FINDING_EVENT.IMPORT_ID, FINDING_EVENT.OCCURRED_AT};

    private FindingRows() {
    }

    /** Everything a result says, cut to the columns' lengths. */
    static void fill(FindingRecord row, ParsedFinding f, String controlKey) {
        row.setSource(f.source());
        row.setAccountId(f.resource().accountId());
        row.setRegion(cut(f.resource().region(), 64));
        row.setResourceId(cut(f.resource().resourceId(), 2048));
        row.setResourceType(cut(f.resource().resourceType(), 255));
        row.setControlId(cut(f.controlId(), 255));
        row.setControlKey(cut(controlKey, 255));
        row.setTitle(cut(f.title(), 1024));
        row.setDetail(cut(f.detail(), 4000));
        row.setSeverity(f.severity().name());
        row.setSeverityRank((short) f.severity().rank());
        row.setStatus(f.status().name());
        row.setMuted(f.muted());
        row.setRemediation(cut(f.remediation().text(), 4000));
        row.setRemediationUrl(cut(f.remediation().url(), 2048));
        row.setExternalId(cut(f.ids().externalId(), 1024));
        row.setProductArn(cut(f.ids().productArn(), 512));
        row.setRequirements(requirements(f.requirements()));
    }

    static void insert(DSLContext db, List<FindingRecord> rows) {
        if (!rows.isEmpty()) {
            db.insertInto(FINDING).columns(FINDING_FIELDS)
                    .valuesOfRecords(rows.stream().map(r -> r.into(FINDING_FIELDS)).toList()).execute();
        }
    }

    static void insertEvents(DSLContext db, List<FindingEventRecord> events) {
        if (!events.isEmpty()) {
            db.insertInto(FINDING_EVENT).columns(EVENT_FIELDS)
                    .valuesOfRecords(events.stream().map(r -> r.into(EVENT_FIELDS)).toList()).execute();
        }
    }

    /** The tool's framework references as JSON; as many frameworks as fit the column (the rest are dropped). */
    static @Nullable String requirements(Map<String, List<String>> requirements) {
        if (requirements.isEmpty()) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        for (var entry : requirements.entrySet()) {
            ObjectNode attempt = node.deepCopy();
            attempt.putArray(entry.getKey()).addAll(entry.getValue().stream()
                    .map(JSON.getNodeFactory()::textNode).toList());
            if (attempt.toString().length() > REQUIREMENTS_MAX) {
                break;
            }
            node = attempt;
        }
        return node.isEmpty() ? null : node.toString();
    }

    private static @Nullable String cut(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
