package dev.skyway.portal.catalog;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CloudFormation's AWS-specific parameter types whose values have a known shape, so the portal can refuse a
 * malformed id before anything is stored (CloudFormation would only refuse it when the stack is created, after the
 * approvals). {@code List<...>} forms take comma-separated items of the same shape. For
 * {@code AWS::SSM::Parameter::Value<...>} the value is the name of an SSM parameter, resolved by CloudFormation.
 */
public enum AwsParameterType {

    VPC_ID("AWS::EC2::VPC::Id", "a VPC id: vpc- and 8 or 17 hexadecimal digits", hexId("vpc")),
    SUBNET_ID("AWS::EC2::Subnet::Id", "a subnet id: subnet- and 8 or 17 hexadecimal digits", hexId("subnet")),
    SECURITY_GROUP_ID("AWS::EC2::SecurityGroup::Id", "a security group id: sg- and 8 or 17 hexadecimal digits",
            hexId("sg")),
    IMAGE_ID("AWS::EC2::Image::Id", "an AMI id: ami- and 8 or 17 hexadecimal digits", hexId("ami")),
    INSTANCE_ID("AWS::EC2::Instance::Id", "an instance id: i- and 8 or 17 hexadecimal digits", hexId("i")),
    VOLUME_ID("AWS::EC2::Volume::Id", "a volume id: vol- and 8 or 17 hexadecimal digits", hexId("vol")),
    /** Regions' zones ({@code eu-west-1a}) and Local Zones ({@code us-west-2-lax-1a}). */
    AVAILABILITY_ZONE("AWS::EC2::AvailabilityZone::Name", "an availability zone name such as eu-west-1a",
            Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+(-[a-z]+-\\d+)?[a-z]")),
    /** EC2's rule: up to 255 ASCII characters, no leading or trailing space. */
    KEY_PAIR_NAME("AWS::EC2::KeyPair::KeyName",
            "a key pair name: 1 to 255 ASCII characters without leading or trailing spaces",
            Pattern.compile("[\\x21-\\x7E]([\\x20-\\x7E]{0,253}[\\x21-\\x7E])?")),
    /** SSM's rule for parameter names (with an optional path), up to 2048 characters. */
    SSM_PARAMETER_NAME("AWS::SSM::Parameter::Name",
            "an SSM parameter name: letters, digits and . - _ / (up to 2048 characters)",
            Pattern.compile("[a-zA-Z0-9_.\\-/]{1,2048}"));

    private static final String SSM_VALUE = "AWS::SSM::Parameter::Value<";

    private final String cloudFormationType;
    private final String description;
    private final Pattern shape;

    AwsParameterType(String cloudFormationType, String description, Pattern shape) {
        this.cloudFormationType = cloudFormationType;
        this.description = description;
        this.shape = shape;
    }

    /**
     * The shape that the value (each item of a {@code List<...>}) of a parameter of this CloudFormation type must
     * have, if the portal knows one.
     *
     * @param type e.g. {@code List<AWS::EC2::Subnet::Id>}
     */
    public static Optional<AwsParameterType> of(String type) {
        String item = itemType(type);
        if (item.startsWith(SSM_VALUE)) {
            return Optional.of(SSM_PARAMETER_NAME);
        }
        for (AwsParameterType t : values()) {
            if (t.cloudFormationType.equals(item)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** {@code List<X>} -> {@code X}; other types unchanged. */
    public static String itemType(String type) {
        return type.startsWith("List<") && type.endsWith(">") ? type.substring(5, type.length() - 1) : type;
    }

    /** True when the type is {@code List<...>} of an AWS-specific type (a multi-select on the form). */
    public static boolean isList(String type) {
        return !itemType(type).equals(type);
    }

    public String cloudFormationType() {
        return cloudFormationType;
    }

    /** What a value must look like, as the end of "must be ..." and as form help. */
    public String description() {
        return description;
    }

    public boolean matches(String value) {
        return shape.matcher(value).matches();
    }

    /** {@code <prefix>-} and 8 (older resources) or 17 lowercase hexadecimal digits, as EC2 writes ids. */
    private static Pattern hexId(String prefix) {
        return Pattern.compile(prefix + "-([0-9a-f]{8}|[0-9a-f]{17})");
    }
}
