package dev.skyway.portal.catalog;

/** The CloudFormation parameter constraint (or portal rule) a value broke. */
public enum ParameterRule {
    /** No value and no default. */
    REQUIRED,
    /** Not one of AllowedValues. */
    ALLOWED_VALUES,
    /** Does not match AllowedPattern as a whole. */
    ALLOWED_PATTERN,
    MIN_LENGTH,
    MAX_LENGTH,
    /** Not a number where the type is Number (or List&lt;Number&gt;). */
    NUMBER,
    MIN_VALUE,
    MAX_VALUE,
    /** Contains control characters (CR, LF, NUL, ...); refused for every parameter. */
    CONTROL_CHARACTERS,
    /** The product version has no parameter of that name. */
    UNKNOWN_PARAMETER
}
