package dev.skyway.portal.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.skyway.portal.catalog.ParameterDescriptor;

/** Every template the sandbox ships parses; groups, labels, constraints and NoEcho come out as the template says. */
class TemplateParserTests {

    final TemplateParser parser = new TemplateParser();

    static Stream<String> shippedTemplates() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver()
                .getResources("classpath:catalog/sandbox/templates/*");
        return Stream.of(resources).map(TemplateParserTests::read);
    }

    @ParameterizedTest
    @MethodSource("shippedTemplates")
    void everyShippedTemplateParsesWithLabelsAndGroupsForEveryParameter(String template) {
        List<ParameterDescriptor> parameters = parser.parameters(template);

        assertThat(parameters).isNotEmpty();
        assertThat(parameters).allSatisfy(p -> {
            assertThat(p.group()).as(p.key() + " group").isNotBlank();
            assertThat(p.label()).as(p.key() + " label").isNotBlank();
            assertThat(p.type()).isNotBlank();
        });
    }

    @Test
    void shipsAtLeastSixTemplates() throws IOException {
        assertThat(shippedTemplates().count()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void rdsParametersComeGroupByGroupInTemplateOrderWithLabelsAndConstraints() {
        List<ParameterDescriptor> parameters = parser.parameters(template("rds-postgres-v2.yaml"));

        assertThat(parameters).extracting(ParameterDescriptor::key).containsExactly("DBName", "MasterUsername",
                "MasterPassword", "InstanceClass", "AllocatedStorage", "MultiAZ", "VpcId", "SubnetIds", "AllowedCidr",
                "BackupRetentionDays", "PreferredMaintenanceWindow");
        ParameterDescriptor password = parameters.get(2);
        assertThat(password.noEcho()).isTrue();
        assertThat(password.group()).isEqualTo("Database");
        assertThat(password.label()).isEqualTo("Master password");
        assertThat(password.minLength()).isEqualTo(12);
        assertThat(password.maxLength()).isEqualTo(41);
        assertThat(password.required()).isTrue();
        assertThat(parameters).filteredOn(p -> !p.key().equals("MasterPassword"))
                .allSatisfy(p -> assertThat(p.noEcho()).isFalse());
        ParameterDescriptor storage = parameters.get(4);
        assertThat(storage.type()).isEqualTo("Number");
        assertThat(storage.minValue()).isEqualByComparingTo(BigDecimal.valueOf(20));
        assertThat(storage.maxValue()).isEqualByComparingTo(BigDecimal.valueOf(2000));
        assertThat(storage.defaultValue()).isEqualTo("20");
        assertThat(parameters.get(3).allowedValues()).containsExactly("db.t4g.micro", "db.t4g.medium",
                "db.m7g.large", "db.r7g.xlarge");
        assertThat(parameters.get(5).allowedValues()).containsExactly("true", "false");
        assertThat(parameters.get(7).type()).isEqualTo("List<AWS::EC2::Subnet::Id>");
        assertThat(parameters.get(8).constraintDescription()).startsWith("must be an IPv4 CIDR block");
    }

    @Test
    void jsonTemplatesParseToo() {
        List<ParameterDescriptor> parameters = parser.parameters(template("lambda-function-v1.json"));

        assertThat(parameters).extracting(ParameterDescriptor::group).containsExactly("Function", "Function",
                "Function", "Function", "Function", "Resources", "Resources", "Resources", "Trigger");
        assertThat(parameters.get(5).label()).isEqualTo("Memory (MB)");
        assertThat(parameters.get(5).defaultValue()).isEqualTo("512");
    }

    @Test
    void commaDelimitedListsKeepTheirAllowedValuesAndDefault() {
        ParameterDescriptor logs = parser.parameters(template("eks-cluster-v1.yaml")).stream()
                .filter(p -> p.key().equals("ControlPlaneLogTypes")).findFirst().orElseThrow();

        assertThat(logs.list()).isTrue();
        assertThat(logs.defaultValue()).isEqualTo("api,audit,authenticator");
        assertThat(logs.allowedValues()).contains("scheduler");
    }

    @Test
    void shortFormIntrinsicsOfEveryKindAreAccepted() {
        String template = """
                Parameters:
                  Name: {Type: String, Default: !Sub "${AWS::StackName}-x"}
                  Plain: {Type: Number, Default: 3}
                Conditions:
                  A: !Equals [!Ref Name, x]
                  B: !Not [!Condition A]
                Resources:
                  R:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: !Join ["-", [!Select [0, !Split [",", !Ref Name]], !GetAtt X.Arn]]
                      Other: !If [A, !Base64 "abc", !ImportValue shared, !FindInMap [M, K, V], !GetAZs ""]
                      Cidr: !Cidr [!Ref Name, 2, 8]
                """;

        List<ParameterDescriptor> parameters = parser.parameters(template);

        // ungrouped parameters keep template order, have no group and their key as label
        assertThat(parameters).extracting(ParameterDescriptor::key).containsExactly("Name", "Plain");
        assertThat(parameters.get(0).group()).isNull();
        assertThat(parameters.get(0).label()).isEqualTo("Name");
        assertThat(parameters.get(0).defaultValue()).isEqualTo("{Fn::Sub=${AWS::StackName}-x}");
    }

    @Test
    void parametersListedInGroupsComeFirstUngroupedLast() {
        String template = """
                Metadata:
                  AWS::CloudFormation::Interface:
                    ParameterGroups:
                      - Label: {default: Second in file}
                        Parameters: [C, A]
                Parameters:
                  A: {Type: String}
                  B: {Type: String}
                  C: {Type: String}
                """;

        assertThat(parser.parameters(template)).extracting(ParameterDescriptor::key).containsExactly("C", "A", "B");
    }

    @Test
    void brokenTemplatesAreRefusedWithAReason() {
        assertThatThrownBy(() -> parser.parameters("Parameters: [unclosed")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> parser.parameters("just text")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("not a mapping");
        assertThatThrownBy(() -> parser.parameters("Parameters:\n  A: {Default: x}"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("A has no Type");
        assertThatThrownBy(() -> parser.parameters("Parameters:\n  A: {Type: String, MaxLength: many}"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("MaxLength is not a number");
    }

    @Test
    void yamlTagsThatWouldBuildJavaObjectsAreNotHonoured() {
        String template = "Parameters:\n  A: {Type: String, Default: !!javax.script.ScriptEngineManager [x]}";

        assertThatThrownBy(() -> parser.parameters(template)).isInstanceOf(TemplateException.class);
    }

    static String template(String name) {
        return read(new org.springframework.core.io.ClassPathResource("catalog/sandbox/templates/" + name));
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
