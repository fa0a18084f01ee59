package dev.skyway.portal.catalog;

/**
 * One broken rule of one field.
 *
 * @param field   the parameter key
 * @param message what the user can act on (the template's ConstraintDescription when it has one); never contains
 *                the value of a NoEcho parameter
 */
public record ParameterViolation(String field, ParameterRule rule, String message) {
}
