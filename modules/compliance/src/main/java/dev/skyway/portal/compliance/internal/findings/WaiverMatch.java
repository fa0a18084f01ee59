package dev.skyway.portal.compliance.internal.findings;

import static dev.skyway.schema.compliance.Tables.FINDING;
import static dev.skyway.schema.compliance.Tables.WAIVER;

import java.time.LocalDate;

import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Whether an active waiver covers a finding: its account and control (any tool's equivalent), all or its resource. */
public final class WaiverMatch {

    public static final String ACTIVE = "ACTIVE";

    private WaiverMatch() {
    }

    public static Condition waived(LocalDate today) {
        return DSL.exists(DSL.selectOne().from(WAIVER).where(inForce(today)).and(WAIVER.ACCOUNT_ID.eq(FINDING.ACCOUNT_ID))
                .and(WAIVER.CONTROL_KEY.eq(FINDING.CONTROL_KEY))
                .and(WAIVER.RESOURCE_ID.isNull().or(WAIVER.RESOURCE_ID.eq(FINDING.RESOURCE_ID))));
    }

    /** The waivers that cover findings today: active and not past their expiry day. */
    public static Condition inForce(LocalDate today) {
        return WAIVER.STATUS.eq(ACTIVE).and(WAIVER.EXPIRES_ON.ge(today));
    }
}
