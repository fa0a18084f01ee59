package dev.skyway.portal.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One CloudFormation parameter of a product version, with its constraints and its place on the form (from the
 * template's {@code AWS::CloudFormation::Interface} metadata).
 *
 * @param key                   the parameter's logical name
 * @param label                 from ParameterLabels; the key when the template gives none
 * @param group                 the parameter group's label; absent for ungrouped parameters
 * @param type                  CloudFormation type: {@code String}, {@code Number}, {@code CommaDelimitedList},
 *                              {@code List<Number>}, {@code AWS::EC2::VPC::Id}, ...
 * @param defaultValue          without one, a value is required
 * @param allowedValues         empty when not constrained
 * @param allowedPattern        a Java regular expression that must match the whole value
 * @param constraintDescription shown when a constraint fails
 * @param minLength             absent, as every other bound, when not constrained
 * @param noEcho                a secret: masked in forms, never shown back or logged
 */
public record ParameterDescriptor(String key, String label, @Nullable String group, @Nullable String description,
                                  String type, @Nullable String defaultValue, List<String> allowedValues,
                                  @Nullable String allowedPattern, @Nullable String constraintDescription,
                                  @Nullable Integer minLength, @Nullable Integer maxLength,
                                  @Nullable BigDecimal minValue, @Nullable BigDecimal maxValue, boolean noEcho) {

    public static final String NUMBER = "Number";
    public static final String COMMA_DELIMITED_LIST = "CommaDelimitedList";

    public ParameterDescriptor {
        label = label == null || label.isBlank() ? key : label;
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }

    /** No default: the requester must give a value. */
    public boolean required() {
        return defaultValue == null;
    }

    /** {@code Number} or {@code List<Number>}: values (items) must be numbers. */
    public boolean numeric() {
        return NUMBER.equals(type) || "List<Number>".equals(type);
    }

    /** {@code CommaDelimitedList} or {@code List<...>}: constraints apply to each comma-separated item. */
    public boolean list() {
        return COMMA_DELIMITED_LIST.equals(type) || type.startsWith("List<");
    }

    /** The same descriptor placed in another group with another label. */
    public ParameterDescriptor placed(@Nullable String newGroup, @Nullable String newLabel) {
        return new ParameterDescriptor(key, newLabel, newGroup, description, type, defaultValue, allowedValues,
                allowedPattern, constraintDescription, minLength, maxLength, minValue, maxValue, noEcho);
    }
}
