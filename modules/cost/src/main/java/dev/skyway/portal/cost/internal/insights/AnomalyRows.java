package dev.skyway.portal.cost.internal.insights;

import static dev.skyway.schema.cost.Tables.ANOMALY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.schema.cost.tables.records.AnomalyRecord;

/** Stored anomalies: a re-scan updates an anomaly's figures and keeps the feedback people gave it. */
@Repository
class AnomalyRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final Clock clock;

    AnomalyRows(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void save(String source, LocalDate day, String key, String label, @Nullable String accountId,
              @Nullable String service, @Nullable String team, String currency, BigDecimal expected,
              BigDecimal actual, BigDecimal impact, double score, List<CostAnomaly.Contributor> contributors) {
        String json = toJson(contributors);
        Condition same = ANOMALY.SOURCE.eq(source).and(ANOMALY.CHARGE_DATE.eq(day)).and(ANOMALY.DIMENSION_KEY.eq(key));
        int updated = db.update(ANOMALY).set(ANOMALY.EXPECTED, expected).set(ANOMALY.ACTUAL, actual)
                .set(ANOMALY.IMPACT, impact).set(ANOMALY.SCORE, score(score)).set(ANOMALY.CONTRIBUTORS, json)
                .set(ANOMALY.TEAM, team).set(ANOMALY.LABEL, label).where(same).execute();
        if (updated == 0) {
            db.insertInto(ANOMALY).set(ANOMALY.ID, UUID.randomUUID()).set(ANOMALY.SOURCE, source)
                    .set(ANOMALY.CHARGE_DATE, day).set(ANOMALY.DIMENSION, AnomalyKey.DIMENSION)
                    .set(ANOMALY.DIMENSION_KEY, key).set(ANOMALY.LABEL, label)
                    .set(ANOMALY.SUB_ACCOUNT_ID, accountId).set(ANOMALY.SERVICE_NAME, service)
                    .set(ANOMALY.TEAM, team).set(ANOMALY.CURRENCY, currency).set(ANOMALY.EXPECTED, expected)
                    .set(ANOMALY.ACTUAL, actual).set(ANOMALY.IMPACT, impact).set(ANOMALY.SCORE, score(score))
                    .set(ANOMALY.CONTRIBUTORS, json)
                    .set(ANOMALY.DETECTED_AT, clock.instant().atOffset(ZoneOffset.UTC)).execute();
        }
    }

    /**
     * An anomaly found by AWS Cost Anomaly Detection, merged beside the portal's own (keyed by AWS's id); its
     * feedback is AWS's until someone gives it here.
     */
    void saveAws(String anomalyId, LocalDate day, String key, String label, @Nullable String accountId,
                 @Nullable String service, @Nullable String team, BigDecimal expected, BigDecimal actual,
                 BigDecimal impact, double score, List<CostAnomaly.Contributor> contributors,
                 @Nullable String feedback) {
        save("AWS", day, key, label, accountId, service, team, "USD", expected, actual, impact, score, contributors);
        db.update(ANOMALY).set(ANOMALY.EXTERNAL_ID, anomalyId)
                .set(ANOMALY.FEEDBACK, org.jooq.impl.DSL.coalesce(ANOMALY.FEEDBACK, org.jooq.impl.DSL.val(feedback)))
                .where(ANOMALY.SOURCE.eq("AWS").and(ANOMALY.CHARGE_DATE.eq(day)).and(ANOMALY.DIMENSION_KEY.eq(key)))
                .execute();
    }

    @Nullable String externalId(UUID id) {
        return db.select(ANOMALY.EXTERNAL_ID).from(ANOMALY).where(ANOMALY.ID.eq(id)).fetchOne(ANOMALY.EXTERNAL_ID);
    }

    List<CostAnomaly> find(LocalDate start, LocalDate end, @Nullable Set<String> teams) {
        Condition c = ANOMALY.CHARGE_DATE.ge(start).and(ANOMALY.CHARGE_DATE.lt(end));
        if (teams != null) {
            c = c.and(ANOMALY.TEAM.in(teams));
        }
        return db.selectFrom(ANOMALY).where(c).orderBy(ANOMALY.IMPACT.desc(), ANOMALY.CHARGE_DATE.desc())
                .fetch(AnomalyRows::toAnomaly);
    }

    Optional<CostAnomaly> find(UUID id) {
        return db.selectFrom(ANOMALY).where(ANOMALY.ID.eq(id)).fetchOptional(AnomalyRows::toAnomaly);
    }

    @Nullable String team(UUID id) {
        return db.select(ANOMALY.TEAM).from(ANOMALY).where(ANOMALY.ID.eq(id)).fetchOne(ANOMALY.TEAM);
    }

    void feedback(UUID id, String feedback, String by) {
        db.update(ANOMALY).set(ANOMALY.FEEDBACK, feedback).set(ANOMALY.FEEDBACK_BY, by)
                .set(ANOMALY.FEEDBACK_AT, clock.instant().atOffset(ZoneOffset.UTC)).where(ANOMALY.ID.eq(id)).execute();
    }

    private static BigDecimal score(double score) {
        return BigDecimal.valueOf(Math.min(score, 99_999_999.0)).setScale(4, RoundingMode.HALF_UP);
    }

    private static CostAnomaly toAnomaly(AnomalyRecord r) {
        return new CostAnomaly(r.getId(), r.getChargeDate(), r.getDimension(), r.getDimensionKey(),
                r.getLabel() == null ? r.getDimensionKey() : r.getLabel(), r.getSubAccountId(),
                r.getServiceName(), r.getCurrency(), r.getExpected(), r.getActual(), r.getImpact(),
                r.getScore().doubleValue(), fromJson(r.getContributors()), r.getFeedback(), r.getSource(), List.of());
    }

    private static String toJson(List<CostAnomaly.Contributor> contributors) {
        try {
            return JSON.writeValueAsString(contributors);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<CostAnomaly.Contributor> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<CostAnomaly.Contributor>>() { });
        } catch (Exception e) {
            return List.of();
        }
    }
}
