package dev.skyway.portal.approvals.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.platform.money.Money;

import tools.jackson.databind.JsonNode;

/** The {@code when} part of a rule. */
final class ConditionParser {

    static final List<String> ENVIRONMENTS = List.of("dev", "staging", "prod");

    private static final Set<String> KNOWN = Set.of("subjectTypes", "environments", "actions", "products",
            "accounts", "teams", "minMonthlyCost", "maxMonthlyCost");

    private ConditionParser() {
    }

    static Policy.Condition parse(JsonNode node, String path, Fields fields) {
        if (!fields.object(node, path, KNOWN)) {
            return Policy.Condition.ANYTHING;
        }
        Set<String> environments = new LinkedHashSet<>();
        for (String env : fields.texts(node.get("environments"), path + ".environments")) {
            if (ENVIRONMENTS.contains(env.toLowerCase())) {
                environments.add(env.toLowerCase());
            } else {
                fields.problem(path + ".environments", "'" + env + "' is not one of " + String.join(", ",
                        ENVIRONMENTS));
            }
        }
        List<String> actionNames = Arrays.stream(SubjectAction.values()).map(Enum::name).toList();
        Set<SubjectAction> actions = new LinkedHashSet<>();
        for (String action : fields.texts(node.get("actions"), path + ".actions")) {
            if (actionNames.contains(action.toUpperCase())) {
                actions.add(SubjectAction.valueOf(action.toUpperCase()));
            } else {
                fields.problem(path + ".actions", "'" + action + "' is not one of " + String.join(", ", actionNames));
            }
        }
        Money min = money(node.get("minMonthlyCost"), path + ".minMonthlyCost", fields);
        Money max = money(node.get("maxMonthlyCost"), path + ".maxMonthlyCost", fields);
        if (min != null && max != null) {
            if (!min.sameCurrency(max)) {
                fields.problem(path + ".maxMonthlyCost", "must be in the same currency as minMonthlyCost");
            } else if (min.compareTo(max) >= 0) {
                fields.problem(path + ".maxMonthlyCost", "must be more than minMonthlyCost");
            }
        }
        return new Policy.Condition(set(fields.texts(node.get("subjectTypes"), path + ".subjectTypes")),
                environments, actions, set(fields.texts(node.get("products"), path + ".products")),
                set(fields.texts(node.get("accounts"), path + ".accounts")),
                set(fields.texts(node.get("teams"), path + ".teams")), min, max);
    }

    private static Set<String> set(List<String> values) {
        return values.stream().collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Money money(JsonNode node, String path, Fields fields) {
        if (node == null) {
            return null;
        }
        if (!fields.object(node, path, Set.of("amount", "currency"))) {
            return null;
        }
        JsonNode amount = node.get("amount");
        String currency = fields.text(node.get("currency"), path + ".currency", true);
        if (amount == null || !(amount.isNumber() || amount.isString())) {
            fields.problem(path + ".amount", "is required: a number such as 500 or \"500.00\"");
            return null;
        }
        if (currency == null) {
            return null;
        }
        java.util.Currency code;
        try {
            code = java.util.Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            fields.problem(path + ".currency", "must be an ISO 4217 code such as USD");
            return null;
        }
        try {
            Money bound = new Money(new java.math.BigDecimal(amount.asString()), code);
            if (bound.isNegative()) {
                fields.problem(path + ".amount", "must be a decimal number, 0 or more");
                return null;
            }
            return bound;
        } catch (IllegalArgumentException e) {
            fields.problem(path + ".amount", "must be a decimal number, 0 or more");
            return null;
        }
    }
}
