package dev.skyway.portal.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.TemplateCheck;

/**
 * Templates written like the public Service Catalog reference architectures (fixtures in
 * {@code templates/reference}): the shapes that made one in ten of them fail to parse.
 */
class ReferenceTemplatesTests {

    final TemplateParser parser = new TemplateParser();

    @Test
    void tabIndentedJsonIsReadAsJson() {
        assertThat(reference("ec2-linux-tabs.json")).contains("\n\t\"Parameters\"");

        TemplateCheck check = parser.check(reference("ec2-linux-tabs.json"));

        assertThat(check.warnings()).isEmpty();
        assertThat(check.parameters()).extracting(ParameterDescriptor::key).containsExactly("VpcId", "SubnetIds",
                "SecurityGroupId", "AvailabilityZone", "InstanceType", "KeyName", "LatestAmiId");
        assertThat(check.parameters()).extracting(ParameterDescriptor::type).containsExactly("AWS::EC2::VPC::Id",
                "List<AWS::EC2::Subnet::Id>", "AWS::EC2::SecurityGroup::Id", "AWS::EC2::AvailabilityZone::Name",
                "String", "AWS::EC2::KeyPair::KeyName", "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>");
        assertThat(check.parameters().get(0).group()).isEqualTo("Network");
        assertThat(check.parameters().get(0).label()).isEqualTo("VPC");
        assertThat(check.parameters().get(4).allowedValues()).containsExactly("t3.micro", "t3.small", "t3.medium");
    }

    @Test
    void yamlWithADuplicateKeyKeepsTheLastValueAndWarnsWithKeyAndLines() {
        TemplateCheck check = parser.check(reference("rds-duplicate-key.yaml"));

        assertThat(check.warnings()).singleElement().asString().contains("Duplicate key \"DBInstanceClass\"",
                "line 18", "first at line 8", "last value");
        ParameterDescriptor instanceClass = check.parameters().stream()
                .filter(p -> p.key().equals("DBInstanceClass")).findFirst().orElseThrow();
        assertThat(instanceClass.defaultValue()).isEqualTo("db.t3.small");
        assertThat(instanceClass.allowedValues()).containsExactly("db.t3.small", "db.t3.medium");
        assertThat(check.parameters()).extracting(ParameterDescriptor::key)
                .containsExactly("DBName", "DBAllocatedStorage", "DBInstanceClass");
    }

    @Test
    void jsonWithADuplicateKeyKeepsTheLastValueAndWarnsToo() {
        String template = "{\n\t\"Parameters\": {\n\t\t\"A\": {\"Type\": \"String\", \"Default\": \"one\"},\n"
                + "\t\t\"A\": {\"Type\": \"String\", \"Default\": \"two\"}\n\t}\n}\n";

        TemplateCheck check = parser.check(template);

        assertThat(check.parameters()).singleElement().extracting(ParameterDescriptor::defaultValue)
                .isEqualTo("two");
        assertThat(check.warnings()).singleElement().asString().contains("\"A\"", "line 4", "first at line 3");
    }

    @Test
    void jsonWithATrailingCommaIsReadAsYamlWithAWarning() {
        TemplateCheck check = parser.check(reference("s3-bucket-trailing-comma.json"));

        assertThat(check.parameters()).extracting(ParameterDescriptor::key).containsExactly("BucketPrefix",
                "Versioning");
        assertThat(check.parameters().get(1).allowedValues()).containsExactly("Enabled", "Suspended");
        assertThat(check.warnings()).singleElement().asString().startsWith("Not strict JSON").contains("line 10");
    }

    @Test
    void tabIndentedJsonWithATrailingCommaIsReadToo() {
        TemplateCheck check = parser.check(reference("s3-bucket-tabs-trailing-comma.json"));

        assertThat(check.parameters()).extracting(ParameterDescriptor::key).containsExactly("BucketPrefix",
                "Versioning");
        assertThat(check.warnings()).singleElement().asString().contains("trailing comma", "line 10");
    }

    @Test
    void shortFormIntrinsicsInAReferenceTemplate() {
        TemplateCheck check = parser.check(reference("alb-short-form-intrinsics.yaml"));

        assertThat(check.warnings()).isEmpty();
        assertThat(check.parameters()).extracting(ParameterDescriptor::key).containsExactly("VpcId",
                "PublicSubnets", "LoadBalancerName", "CertificateArn");
        assertThat(check.parameters().get(1).type()).isEqualTo("List<AWS::EC2::Subnet::Id>");
        assertThat(check.parameters().get(2).defaultValue()).isEqualTo("{Fn::Sub=${AWS::StackName}-alb}");
        assertThat(check.parameters().get(3).defaultValue()).isEmpty();
    }

    @Test
    void jsonEscapedSlashesAreJsonNotBrokenYaml() {
        // json_encode and other generators write "\/" (legal JSON, an unknown escape in YAML)
        String template = "{\"Parameters\": {\"Docs\": {\"Type\": \"String\", "
                + "\"Default\": \"https:\\/\\/docs.example.com\\/vpc\"}}}";

        assertThat(parser.check(template).parameters()).singleElement().extracting(ParameterDescriptor::defaultValue)
                .isEqualTo("https://docs.example.com/vpc");
    }

    @Test
    void brokenJsonIsReportedAsJsonWithItsLine() {
        String template = "{\n\t\"Parameters\": {\n\t\t\"A\": {\"Type\": \"String\"\n\t}\n";

        assertThatThrownBy(() -> parser.check(template)).isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("The template is not valid JSON")
                .satisfies(e -> assertThat(((TemplateException) e).line()).isNotNull());
    }

    @Test
    void brokenYamlIsReportedAsYamlWithItsLine() {
        String template = "Parameters:\n  A:\n    Type: String\n   Default: [unclosed\n";

        assertThatThrownBy(() -> parser.check(template)).isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("The template is not valid YAML").hasMessageContaining("line ");
    }

    @Test
    void aPatternJavaCannotCompileIsAWarning() {
        TemplateCheck check = parser.check("Parameters:\n  A: {Type: String, AllowedPattern: '[a-z'}\n");

        assertThat(check.warnings()).singleElement().asString().contains("Parameter A", "every value");
    }

    static String reference(String name) {
        try {
            return new ClassPathResource("templates/reference/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
