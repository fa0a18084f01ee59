package dev.skyway.portal.compliance.internal.sync;

import static dev.skyway.schema.compliance.Tables.CONTROL_DEFINITION;
import static dev.skyway.schema.compliance.Tables.CONTROL_ENABLEMENT;
import static dev.skyway.schema.compliance.Tables.FINDING;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.compliance.internal.aws.HubControlDefinition;

/**
 * A source's control definitions and enablement, replaced whole by each sync ({@code control_definition},
 * {@code control_enablement}).
 */
@Repository
class ControlRows {

    private final DSLContext db;

    ControlRows(DSLContext db) {
        this.db = db;
    }

    /** A control's state in one enabled standard ({@code standardId} '' for "in every standard it is in"). */
    record Enablement(String accountId, String region, String standardId, String controlId, boolean enabled,
                      @Nullable String disabledReason) {
    }

    void replaceDefinitions(String source, List<HubControlDefinition> definitions, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        db.deleteFrom(CONTROL_DEFINITION).where(CONTROL_DEFINITION.SOURCE.eq(source)).execute();
        for (HubControlDefinition d : definitions) {
            db.insertInto(CONTROL_DEFINITION).set(CONTROL_DEFINITION.SOURCE, source)
                    .set(CONTROL_DEFINITION.CONTROL_ID, d.securityControlId())
                    .set(CONTROL_DEFINITION.TITLE, cut(d.title().isBlank() ? d.securityControlId() : d.title(), 1024))
                    .set(CONTROL_DEFINITION.DESCRIPTION, cut(d.description(), 4000))
                    .set(CONTROL_DEFINITION.SEVERITY, d.severity().isBlank() ? null : d.severity())
                    .set(CONTROL_DEFINITION.REMEDIATION_URL, cut(d.remediationUrl(), 2048))
                    .set(CONTROL_DEFINITION.UPDATED_AT, now).onDuplicateKeyIgnore().execute();
        }
    }

    void replaceEnablement(String source, List<Enablement> rows, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        db.deleteFrom(CONTROL_ENABLEMENT).where(CONTROL_ENABLEMENT.SOURCE.eq(source)).execute();
        for (Enablement e : rows) {
            db.insertInto(CONTROL_ENABLEMENT).set(CONTROL_ENABLEMENT.SOURCE, source)
                    .set(CONTROL_ENABLEMENT.ACCOUNT_ID, e.accountId()).set(CONTROL_ENABLEMENT.REGION, e.region())
                    .set(CONTROL_ENABLEMENT.STANDARD_ID, e.standardId())
                    .set(CONTROL_ENABLEMENT.CONTROL_ID, e.controlId()).set(CONTROL_ENABLEMENT.ENABLED, e.enabled())
                    .set(CONTROL_ENABLEMENT.DISABLED_REASON, cut(e.disabledReason(), 2048))
                    .set(CONTROL_ENABLEMENT.UPDATED_AT, now).onDuplicateKeyIgnore().execute();
        }
    }

    /** Every (account, Region) the source has findings in: where a control disabled organization-wide is off. */
    List<AccountRegion> findingScopes(String source) {
        return db.selectDistinct(FINDING.ACCOUNT_ID, FINDING.REGION).from(FINDING).where(FINDING.SOURCE.eq(source))
                .fetch(r -> new AccountRegion(r.value1(), r.value2()));
    }

    record AccountRegion(String accountId, String region) {
    }

    static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
