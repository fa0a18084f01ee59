package dev.skyway.portal.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * One CloudFormation parameter of a product version, with its constraints and its place on the form (from the
 * template's {@code AWS::CloudFormation::Interface} metadata).
 *
 * @param key                   the parameter's logical name; never null
 * @param label                 from ParameterLabels; the key when the template gives none
 * @param group                 the parameter group's label; null for ungrouped parameters
 * @param description           may be null
 * @param type                  CloudFormation type: {@code String}, {@code Number}, {@code CommaDelimitedList},
 *                              {@code List<Number>}, {@code AWS::EC2::VPC::Id}, ...; never null
 * @param defaultValue          may be null (then a value is required)
 * @param allowedValues         never null, empty when not constrained
 * @param allowedPattern        a Java regular expression that must match the whole value; may be null
 * @param constraintDescription shown when a constraint fails; may be null
 * @param minLength             may be null (as every other bound)
 * @param noEcho                a secret: masked in forms, never shown back or logged
 */
public record ParameterDescriptor(String key, String label, String group, String description, String type,
                                  String defaultValue, List<String> allowedValues, String allowedPattern,
                                  String constraintDescription, Integer minLength, Integer maxLength,
                                  BigDecimal minValue, BigDecimal maxValue, boolean noEcho) {

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
    public ParameterDescriptor placed(String newGroup, String newLabel) {
        return new ParameterDescriptor(key, newLabel, newGroup, description, type, defaultValue, allowedValues,
                allowedPattern, constraintDescription, minLength, maxLength, minValue, maxValue, noEcho);
    }
}
