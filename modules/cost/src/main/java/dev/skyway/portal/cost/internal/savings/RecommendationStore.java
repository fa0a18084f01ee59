package dev.skyway.portal.cost.internal.savings;

import static dev.skyway.schema.cost.Tables.RECOMMENDATION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.Recommendation;
import dev.skyway.portal.cost.RecommendationFilter;
import dev.skyway.portal.cost.RecommendationSource;
import dev.skyway.portal.cost.RecommendationStatus;
import dev.skyway.portal.cost.RecommendationTransition;
import dev.skyway.portal.cost.RecommendationTransitionException;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.schema.cost.tables.records.RecommendationRecord;

/**
 * The tracked recommendations. A refresh from a source ({@link #upsert}) never undoes what people decided: new ones
 * are open, known ones keep their status and get the source's new figures, and open ones the source no longer
 * recommends are dismissed with a reason saying so (accepted and done ones are left alone).
 */
@Repository
public class RecommendationStore {

    static final String SYSTEM = PortalUser.SYSTEM.username();

    private final DSLContext db;
    private final Clock clock;

    public RecommendationStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The reason a vanished open recommendation is dismissed with. */
    public static String vanishedReason(RecommendationSource source) {
        return "no longer recommended by " + source.label();
    }

    /**
     * Brings the source's recommendations in step with what it recommends today (the complete list: call it only
     * after a successful read of the source). A second call with the same list changes nothing.
     *
     * @throws IllegalArgumentException when an input belongs to another source or lacks its id, summary or currency
     */
    @Transactional
    public RecommendationSync upsert(RecommendationSource source, List<RecommendationInput> inputs) {
        Map<String, RecommendationInput> wanted = new LinkedHashMap<>();
        for (RecommendationInput input : inputs) {
            check(source, input);
            wanted.put(input.externalId(), input);
        }
        Map<String, RecommendationRecord> known = db.selectFrom(RECOMMENDATION)
                .where(RECOMMENDATION.SOURCE.eq(source.name())).forUpdate().fetch().stream()
                .collect(Collectors.toMap(RecommendationRecord::getExternalId, Function.identity()));
        OffsetDateTime now = now();
        int created = 0;
        int refreshed = 0;
        int reopened = 0;
        for (RecommendationInput input : wanted.values()) {
            RecommendationRecord row = known.get(input.externalId());
            if (row == null) {
                insert(input, now);
                created++;
                continue;
            }
            boolean changed = refresh(row, input);
            if (vanishedBefore(row, source)) {
                row.setStatus(RecommendationStatus.OPEN.name());
                row.setStatusReason(null);
                row.setUpdatedBy(SYSTEM);
                reopened++;
            } else if (changed) {
                refreshed++;
            }
            if (row.changed()) {
                row.setUpdatedAt(now);
                db.executeUpdate(row);
            }
        }
        int dismissed = 0;
        for (RecommendationRecord row : known.values()) {
            if (!wanted.containsKey(row.getExternalId())
                    && RecommendationStatus.OPEN.name().equals(row.getStatus())) {
                row.setStatus(RecommendationStatus.DISMISSED.name());
                row.setStatusReason(vanishedReason(source));
                row.setUpdatedBy(SYSTEM);
                row.setUpdatedAt(now);
                db.executeUpdate(row);
                dismissed++;
            }
        }
        return new RecommendationSync(source, created, refreshed, dismissed, reopened);
    }

    public Optional<Recommendation> find(UUID id) {
        return db.selectFrom(RECOMMENDATION).where(RECOMMENDATION.ID.eq(id)).fetchOptional(RecommendationRows::of);
    }

    /**
     * Largest estimated savings first.
     *
     * @param accounts the accounts the caller may see; absent means all (recommendations on no account included)
     */
    public List<Recommendation> find(RecommendationFilter filter, @Nullable Set<String> accounts) {
        Condition c = DSL.noCondition();
        if (filter.status() != null) {
            c = c.and(RECOMMENDATION.STATUS.eq(filter.status().name()));
        }
        if (filter.kind() != null) {
            c = c.and(RECOMMENDATION.KIND.eq(filter.kind().name()));
        }
        if (filter.subAccountId() != null) {
            c = c.and(RECOMMENDATION.SUB_ACCOUNT_ID.eq(filter.subAccountId()));
        }
        if (accounts != null) {
            c = c.and(accounts.isEmpty() ? DSL.falseCondition() : RECOMMENDATION.SUB_ACCOUNT_ID.in(accounts));
        }
        return db.selectFrom(RECOMMENDATION).where(c).orderBy(RECOMMENDATION.ESTIMATED_MONTHLY_SAVINGS.desc(),
                RECOMMENDATION.CREATED_AT, RECOMMENDATION.ID).fetch(RecommendationRows::of);
    }

    /**
     * Persists a move the lifecycle allowed. Only applies while the recommendation still stands where the move
     * started, so two people acting at once cannot both move it.
     *
     * @param doneAt   the day it was done, for a move to {@code DONE}
     * @param baseline the mean daily cost before that day, for a move to {@code DONE}
     * @throws RecommendationTransitionException when someone else moved it in the meantime
     */
    public void apply(UUID id, RecommendationTransition move, @Nullable LocalDate doneAt,
                      @Nullable BigDecimal baseline, String by) {
        var update = db.update(RECOMMENDATION).set(RECOMMENDATION.STATUS, move.to().name())
                .set(RECOMMENDATION.STATUS_REASON, move.reason()).set(RECOMMENDATION.UPDATED_BY, by)
                .set(RECOMMENDATION.UPDATED_AT, now());
        if (move.startsMeasuring()) {
            update = update.set(RECOMMENDATION.DONE_AT, doneAt).set(RECOMMENDATION.BASELINE_DAILY_COST,
                    baseline == null ? null : baseline.setScale(4, RoundingMode.HALF_UP));
        }
        int updated = update.where(RECOMMENDATION.ID.eq(id)).and(RECOMMENDATION.STATUS.eq(move.from().name()))
                .execute();
        if (updated == 0) {
            throw new RecommendationTransitionException(move.from(), move.action(),
                    "This recommendation was changed by someone else in the meantime; reload it and try again");
        }
    }

    private void insert(RecommendationInput input, OffsetDateTime now) {
        RecommendationRecord row = db.newRecord(RECOMMENDATION);
        row.setId(UUID.randomUUID());
        row.setSource(input.source().name());
        row.setExternalId(input.externalId());
        refresh(row, input);
        row.setStatus(RecommendationStatus.OPEN.name());
        row.setUpdatedBy(SYSTEM);
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        row.insert();
    }

    /** Sets the source's figures; true when any differs from what was stored. */
    private static boolean refresh(RecommendationRecord row, RecommendationInput in) {
        boolean changed = !Objects.equals(row.getKind(), in.kind().name())
                || !Objects.equals(row.getSubAccountId(), in.subAccountId())
                || !Objects.equals(row.getResourceId(), in.resourceId())
                || !Objects.equals(row.getServiceName(), in.serviceName())
                || !Objects.equals(row.getSummary(), summary(in)) || !Objects.equals(row.getCurrency(), in.currency())
                || differs(row.getMonthlyCost(), cents(in.monthlyCost()))
                || differs(row.getEstimatedMonthlySavings(), cents(in.estimatedMonthlySavings()));
        if (changed) {
            row.setKind(in.kind().name());
            row.setSubAccountId(in.subAccountId());
            row.setResourceId(in.resourceId());
            row.setServiceName(in.serviceName());
            row.setSummary(summary(in));
            row.setCurrency(in.currency());
            row.setMonthlyCost(cents(in.monthlyCost()));
            row.setEstimatedMonthlySavings(cents(in.estimatedMonthlySavings()));
        }
        return changed;
    }

    private static boolean vanishedBefore(RecommendationRecord row, RecommendationSource source) {
        return RecommendationStatus.DISMISSED.name().equals(row.getStatus()) && SYSTEM.equals(row.getUpdatedBy())
                && vanishedReason(source).equals(row.getStatusReason());
    }

    private static void check(RecommendationSource source, RecommendationInput input) {
        if (input.source() != source) {
            throw new IllegalArgumentException("Recommendation " + input.externalId() + " comes from "
                    + input.source() + ", not " + source);
        }
        if (input.externalId().isBlank() || input.externalId().length() > 255) {
            throw new IllegalArgumentException("A recommendation's external id must have 1 to 255 characters");
        }
        if (input.summary().isBlank() || !input.currency().matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Recommendation " + input.externalId()
                    + " needs a summary and an ISO 4217 currency");
        }
    }

    private static String summary(RecommendationInput in) {
        String s = in.summary().strip();
        return s.length() > 2000 ? s.substring(0, 1999) + "…" : s;
    }

    private static boolean differs(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b != null : b == null || a.compareTo(b) != 0;
    }

    private static @Nullable BigDecimal cents(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
