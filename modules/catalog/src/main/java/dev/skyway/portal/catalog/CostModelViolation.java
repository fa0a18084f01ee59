package dev.skyway.portal.catalog;

/**
 * One broken rule of a cost model field.
 *
 * @param field   {@code currency}, {@code baseMonthly}, {@code rates}, or {@code rates[<i>].<name>} with name
 *                {@code parameter}, {@code matchValue}, {@code unitPrice} or {@code timesParameter}
 * @param rule    {@code REQUIRED}, {@code ALLOWED_VALUES}, {@code MIN_VALUE}, {@code MAX_VALUE}, {@code DECIMALS},
 *                {@code UNKNOWN_PARAMETER}, {@code NOT_NUMERIC}, {@code DUPLICATE}, {@code MAX_COUNT}
 * @param message what the admin can act on
 */
public record CostModelViolation(String field, String rule, String message) {

    /** The index of a {@code rates[<i>].<name>} field; -1 for the model's own fields. */
    public int rateIndex() {
        if (!field.startsWith("rates[")) {
            return -1;
        }
        return Integer.parseInt(field.substring("rates[".length(), field.indexOf(']')));
    }

    /** The name after {@code rates[<i>].}; the whole field for the model's own fields. */
    public String rateField() {
        int dot = field.indexOf("].");
        return dot < 0 ? field : field.substring(dot + 2);
    }
}
