package dev.skyway.portal.cost.internal.budgets;

import static dev.skyway.schema.cost.Tables.BUDGET_ALERT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * The budget alerts sent ({@code cost.budget_alert}), one per budget, period and threshold. Claiming one first is
 * what makes an alert go out once: of two replicas checking at the same time, the primary key lets one insert.
 */
@Repository
class SentAlerts {

    private final DSLContext db;

    SentAlerts(DSLContext db) {
        this.db = db;
    }

    /**
     * Records the alert unless it is recorded already; true when this call recorded it (and must send it). A plain
     * insert whose key violation means "taken": H2 emulates {@code ON CONFLICT DO NOTHING} with a MERGE that, when
     * two sessions race, can report no row to either of them. Runs outside any transaction (the caller's is
     * suspended), so on PostgreSQL the failed insert aborts nothing else.
     */
    boolean claim(UUID budgetId, String periodKey, String threshold, BigDecimal figure, Instant at) {
        try {
            return db.insertInto(BUDGET_ALERT).set(BUDGET_ALERT.BUDGET_ID, budgetId)
                    .set(BUDGET_ALERT.PERIOD_KEY, periodKey).set(BUDGET_ALERT.THRESHOLD, threshold)
                    .set(BUDGET_ALERT.AMOUNT, figure.setScale(2, RoundingMode.HALF_UP))
                    .set(BUDGET_ALERT.SENT_AT, at.atOffset(ZoneOffset.UTC))
                    .execute() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
