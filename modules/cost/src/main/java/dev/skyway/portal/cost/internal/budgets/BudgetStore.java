package dev.skyway.portal.cost.internal.budgets;

import static dev.skyway.schema.cost.Tables.BUDGET;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetPeriod;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.schema.cost.tables.records.BudgetRecord;

/** The budgets ({@code cost.budget}). A budget's name is unique; every update raises its version. */
@Repository
public class BudgetStore {

    private final DSLContext db;
    private final Clock clock;

    BudgetStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every budget, by name. */
    public List<StoredBudget> all() {
        return db.selectFrom(BUDGET).orderBy(BUDGET.NAME).fetch(BudgetStore::budget);
    }

    public Optional<StoredBudget> find(UUID id) {
        return db.selectFrom(BUDGET).where(BUDGET.ID.eq(id)).fetchOptional().map(BudgetStore::budget);
    }

    public List<String> names() {
        return db.select(BUDGET.NAME).from(BUDGET).fetch(BUDGET.NAME);
    }

    /** True when another budget than {@code except} has this name (compared without case). */
    public boolean nameTaken(String name, @Nullable UUID except) {
        var sameName = BUDGET.NAME.lower().eq(name.toLowerCase(java.util.Locale.ROOT));
        return db.fetchExists(BUDGET, except == null ? sameName : sameName.and(BUDGET.ID.ne(except)));
    }

    /** @throws org.springframework.dao.DuplicateKeyException when a budget of that name was added meanwhile */
    public void insert(StoredBudget budget) {
        insertStep(budget).execute();
    }

    /** Inserts unless a budget of that name exists (replicas may import the same one); true when inserted. */
    public boolean insertIfNameIsFree(StoredBudget budget) {
        return insertStep(budget).onConflict(BUDGET.NAME).doNothing().execute() == 1;
    }

    /** Changes the budget if it is still at {@code version}; false when it is not (or is gone). */
    public boolean update(UUID id, int version, BudgetSpec spec) {
        return db.update(BUDGET).set(BUDGET.NAME, spec.name())
                .set(BUDGET.SCOPE_KIND, spec.scope().kind().name()).set(BUDGET.SCOPE_VALUE, spec.scope().value())
                .set(BUDGET.PERIOD, spec.period().name()).set(BUDGET.AMOUNT, spec.amount().amount())
                .set(BUDGET.CURRENCY, spec.amount().currency().getCurrencyCode())
                .set(BUDGET.METRIC, spec.metric().name()).set(BUDGET.THRESHOLDS, BudgetThreshold.keys(spec.thresholds()))
                .set(BUDGET.UPDATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .set(BUDGET.VERSION, BUDGET.VERSION.plus(1))
                .where(BUDGET.ID.eq(id).and(BUDGET.VERSION.eq(version))).execute() == 1;
    }

    public boolean delete(UUID id) {
        return db.deleteFrom(BUDGET).where(BUDGET.ID.eq(id)).execute() == 1;
    }

    private InsertSetMoreStep<BudgetRecord> insertStep(StoredBudget b) {
        BudgetSpec spec = b.spec();
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        return db.insertInto(BUDGET).set(BUDGET.ID, b.id()).set(BUDGET.NAME, spec.name())
                .set(BUDGET.SCOPE_KIND, spec.scope().kind().name()).set(BUDGET.SCOPE_VALUE, spec.scope().value())
                .set(BUDGET.PERIOD, spec.period().name()).set(BUDGET.AMOUNT, spec.amount().amount())
                .set(BUDGET.CURRENCY, spec.amount().currency().getCurrencyCode())
                .set(BUDGET.METRIC, spec.metric().name()).set(BUDGET.THRESHOLDS, BudgetThreshold.keys(spec.thresholds()))
                .set(BUDGET.SOURCE, b.source().name()).set(BUDGET.AWS_NAME, b.awsName())
                .set(BUDGET.CREATED_BY, b.createdBy()).set(BUDGET.CREATED_AT, now).set(BUDGET.UPDATED_AT, now)
                .set(BUDGET.VERSION, b.version());
    }

    private static StoredBudget budget(BudgetRecord r) {
        BudgetSpec spec = new BudgetSpec(r.getName(), new BudgetScope(BudgetScope.Kind.valueOf(r.getScopeKind()),
                r.getScopeValue()), BudgetPeriod.valueOf(r.getPeriod()),
                new Money(r.getAmount(), Currency.getInstance(r.getCurrency())), CostMetric.parse(r.getMetric()),
                BudgetThreshold.parseAll(r.getThresholds()));
        return new StoredBudget(r.getId(), spec, Budget.Source.valueOf(r.getSource()), r.getAwsName(),
                r.getCreatedBy(), r.getVersion());
    }
}
