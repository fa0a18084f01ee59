package dev.skyway.portal.cost.internal.budgets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.BudgetDraft;
import dev.skyway.portal.cost.BudgetPeriod;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.InvalidCostQueryException;
import dev.skyway.portal.platform.money.Money;

/** Checks every field of a budget draft and names each problem, or gives the budget it describes. */
public final class BudgetDraftCheck {

    /** The prefix of the budgets account vending records ({@code skyway-<account id>-monthly}). */
    public static final String VENDING_PREFIX = "skyway-";

    private static final int MAX_THRESHOLDS = 12;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000000");

    private BudgetDraftCheck() {
    }

    /**
     * @param nameTaken whether another budget has the name
     * @throws InvalidCostQueryException naming each field's problem
     */
    public static BudgetSpec check(BudgetDraft draft, Predicate<String> nameTaken) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = strip(draft.name());
        if (name.isEmpty()) {
            problems.put("name", "is required");
        } else if (!name.matches("[\\p{L}\\p{N} _.:/()+@-]{1,128}")) {
            problems.put("name", "may hold letters, digits, spaces and _ . : / ( ) + @ - (at most 128)");
        } else if (name.toLowerCase(Locale.ROOT).startsWith(VENDING_PREFIX)) {
            problems.put("name", "names starting with " + VENDING_PREFIX + " are kept for the budgets of vended "
                    + "accounts");
        } else if (nameTaken.test(name)) {
            problems.put("name", "is taken by another budget");
        }
        BudgetScope.Kind kind = parse(BudgetScope.Kind.class, draft.scopeKind());
        if (kind == null) {
            problems.put("scopeKind", "must be one of TEAM, ACCOUNT, COST_CENTER");
        }
        String value = strip(draft.scopeValue());
        if (value.isEmpty()) {
            problems.put("scopeValue", "is required: the team, account id or cost center");
        } else if (kind == BudgetScope.Kind.ACCOUNT && !value.matches("[\\w.:/-]{1,64}")) {
            problems.put("scopeValue", "must be an account id such as 123456789012");
        } else if (value.length() > 128) {
            problems.put("scopeValue", "may be at most 128 characters");
        }
        BudgetPeriod period = parse(BudgetPeriod.class, draft.period());
        if (period == null) {
            problems.put("period", "must be MONTHLY or QUARTERLY");
        }
        BigDecimal amount = draft.amount();
        if (amount == null) {
            problems.put("amount", "is required");
        } else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) >= 0
                || amount.stripTrailingZeros().scale() > 2) {
            problems.put("amount", "must be more than 0, with at most 2 decimals");
        }
        Currency currency = currency(draft.currency());
        if (currency == null) {
            problems.put("currency", "must be an ISO 4217 code such as USD or EUR");
        }
        CostMetric metric = metric(draft.metric());
        if (metric == null) {
            problems.put("metric", "must be one of BilledCost, EffectiveCost, ListCost, ContractedCost");
        }
        List<BudgetThreshold> thresholds = thresholds(draft.thresholds(), problems);
        InvalidCostQueryException.throwIfAny(problems);
        return new BudgetSpec(name, new BudgetScope(kind, value), period, new Money(amount.setScale(2), currency),
                metric, thresholds);
    }

    private static List<BudgetThreshold> thresholds(@Nullable List<String> keys, Map<String, String> problems) {
        if (keys == null) {
            return BudgetThreshold.DEFAULTS;
        }
        LinkedHashSet<BudgetThreshold> result = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String key : keys) {
            try {
                if (!result.add(BudgetThreshold.parse(key == null ? "" : key))) {
                    wrong.add("'" + key.strip() + "' is given twice");
                }
            } catch (IllegalArgumentException e) {
                wrong.add(e.getMessage());
            }
        }
        if (!wrong.isEmpty()) {
            problems.put("thresholds", String.join("; ", wrong));
        } else if (result.size() > MAX_THRESHOLDS) {
            problems.put("thresholds", "at most " + MAX_THRESHOLDS + " thresholds");
        }
        return List.copyOf(result);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        try {
            return Enum.valueOf(type, strip(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Currency currency(@Nullable String code) {
        String c = strip(code);
        if (c.isEmpty()) {
            return Currency.getInstance("USD");
        }
        try {
            return c.matches("[A-Z]{3}") ? Currency.getInstance(c) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable CostMetric metric(@Nullable String name) {
        if (strip(name).isEmpty()) {
            return CostMetric.BilledCost;
        }
        try {
            return CostMetric.parse(strip(name));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
