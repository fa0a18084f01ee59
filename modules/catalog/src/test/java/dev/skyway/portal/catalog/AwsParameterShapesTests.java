package dev.skyway.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * AWS-specific parameter types are checked for their shape before anything is stored: good and bad values of each,
 * list forms item by item, and messages that say what the value must look like.
 */
class AwsParameterShapesTests {

    final ParameterValidator validator = new ParameterValidator();

    static ParameterDescriptor typed(String key, String type) {
        return new ParameterDescriptor(key, null, null, null, type, null, List.of(), null, null, null, null, null,
                null, false);
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @CsvSource(delimiter = '|', value = {
            "AWS::EC2::VPC::Id|vpc-0a1b2c3d",
            "AWS::EC2::VPC::Id|vpc-0abc1234def567890",
            "AWS::EC2::Subnet::Id|subnet-0aaa1111bbb22222c",
            "AWS::EC2::SecurityGroup::Id|sg-12345678",
            "AWS::EC2::AvailabilityZone::Name|eu-west-1a",
            "AWS::EC2::AvailabilityZone::Name|us-gov-west-1b",
            "AWS::EC2::AvailabilityZone::Name|us-west-2-lax-1a",
            "AWS::EC2::KeyPair::KeyName|ops key (2024)",
            "AWS::EC2::Image::Id|ami-0abcdef1234567890",
            "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>|/aws/service/ami-amazon-linux-latest/al2023-ami",
            "List<AWS::EC2::Subnet::Id>|subnet-0aaa1111bbb22222c, subnet-0ddd3333eee44444f",
            "List<AWS::EC2::SecurityGroup::Id>|sg-12345678",
            "List<AWS::EC2::AvailabilityZone::Name>|eu-west-1a,eu-west-1b"})
    void acceptsWellFormedValues(String type, String value) {
        assertThat(validator.check(typed("P", type), value)).isEmpty();
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource(delimiter = '|', value = {
            "AWS::EC2::VPC::Id|vpc-0abc",
            "AWS::EC2::VPC::Id|vpc-0ABC1234",
            "AWS::EC2::VPC::Id|subnet-0a1b2c3d",
            "AWS::EC2::VPC::Id|vpc-0abc1234def56789",
            "AWS::EC2::Subnet::Id|subnet-1",
            "AWS::EC2::SecurityGroup::Id|sg-web",
            "AWS::EC2::AvailabilityZone::Name|eu-west-1",
            "AWS::EC2::AvailabilityZone::Name|euw1-az1",
            "AWS::EC2::KeyPair::KeyName|' ops'",
            "AWS::EC2::KeyPair::KeyName|clé",
            "AWS::SSM::Parameter::Value<String>|/bad path",
            "List<AWS::EC2::Subnet::Id>|subnet-0aaa1111bbb22222c,subnet-2",
            "List<AWS::EC2::Subnet::Id>|subnet-0aaa1111bbb22222c,,subnet-0ddd3333eee44444f"})
    void refusesMalformedValuesNamingTheShape(String type, String value) {
        List<ParameterViolation> violations = validator.check(typed("P", type), value);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("P");
            assertThat(v.rule()).isEqualTo(ParameterRule.AWS_TYPE);
            assertThat(v.message()).startsWith(type.startsWith("List<") ? "every item must be " : "must be ");
        });
    }

    @Test
    void messagesSayWhatTheValueMustLookLikeAndNameTheField() {
        ParameterValidation validation = validator.validate(List.of(typed("VpcId", "AWS::EC2::VPC::Id"),
                typed("SubnetIds", "List<AWS::EC2::Subnet::Id>")), Map.of("VpcId", "vpc-0abc",
                "SubnetIds", "subnet-1,subnet-2"));

        assertThat(validation.byField()).containsOnlyKeys("VpcId", "SubnetIds");
        assertThat(validation.byField().get("VpcId")).singleElement().extracting(ParameterViolation::message)
                .isEqualTo("must be a VPC id: vpc- and 8 or 17 hexadecimal digits");
        assertThat(validation.byField().get("SubnetIds")).singleElement().extracting(ParameterViolation::message)
                .isEqualTo("every item must be a subnet id: subnet- and 8 or 17 hexadecimal digits");
    }

    @Test
    void typesWithoutAKnownShapeStayFreeText() {
        assertThat(validator.check(typed("P", "AWS::Route53::HostedZone::Id"), "anything")).isEmpty();
        assertThat(validator.check(typed("P", "String"), "vpc-0abc")).isEmpty();
        assertThat(AwsParameterType.of("List<AWS::EC2::VPC::Id>")).contains(AwsParameterType.VPC_ID);
        assertThat(AwsParameterType.isList("List<AWS::EC2::VPC::Id>")).isTrue();
    }
}
