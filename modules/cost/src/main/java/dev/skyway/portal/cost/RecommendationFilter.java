package dev.skyway.portal.cost;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Which recommendations to list; an absent criterion matches every recommendation. */
public record RecommendationFilter(@Nullable RecommendationStatus status, @Nullable RecommendationKind kind,
                                   @Nullable String subAccountId) {

    public static final RecommendationFilter ALL = new RecommendationFilter(null, null, null);

    /**
     * From request parameters (blank means absent).
     *
     * @throws InvalidCostQueryException naming each parameter that is not one of its values
     */
    public static RecommendationFilter parse(@Nullable String status, @Nullable String kind,
                                             @Nullable String subAccountId) {
        Map<String, String> problems = new LinkedHashMap<>();
        RecommendationStatus s = parse("status", status, RecommendationStatus.class, problems);
        RecommendationKind k = parse("kind", kind, RecommendationKind.class, problems);
        String account = subAccountId == null || subAccountId.isBlank() ? null : subAccountId.strip();
        if (account != null && !account.matches("[0-9A-Za-z-]{1,64}")) {
            problems.put("SubAccountId", "must be an account id");
        }
        InvalidCostQueryException.throwIfAny(problems);
        return new RecommendationFilter(s, k, account);
    }

    private static <E extends Enum<E>> @Nullable E parse(String name, @Nullable String value, Class<E> type,
                                                         Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.put(name, "must be one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).toList()));
            return null;
        }
    }
}
