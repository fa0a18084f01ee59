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
    /** Not the shape of its AWS-specific type ({@code vpc-...}, {@code subnet-...}, an AZ name, ...). */
    AWS_TYPE,
    /** An AWS resource id of the right shape that does not exist in the target account (checked in the sandbox). */
    NOT_IN_ACCOUNT,
    /** Contains control characters (CR, LF, NUL, ...); refused for every parameter. */
    CONTROL_CHARACTERS,
    /** The product version has no parameter of that name. */
    UNKNOWN_PARAMETER
}
