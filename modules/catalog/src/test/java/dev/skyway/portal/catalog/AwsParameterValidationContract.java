package dev.skyway.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * AWS-specific parameters of a product request (the RDS product's {@code AWS::EC2::VPC::Id} and
 * {@code List<AWS::EC2::Subnet::Id>}) are checked before anything is stored, on H2 and PostgreSQL.
 */
abstract class AwsParameterValidationContract extends SandboxContract {

    static final String RDS = "prod-sbxrdspgsql01";
    static final String ACCOUNT = "123456789012";

    static NewProductRequest database(String vpcId, String subnetIds) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("MasterPassword", "Sup3rSecret-Passw0rd");
        parameters.put("VpcId", vpcId);
        parameters.put("SubnetIds", subnetIds);
        return new NewProductRequest(RDS, null, "dev", ACCOUNT, parameters, "orders database", null,
                Map.of("cost-center", "CC-1001 Payments", "data-classification", "internal"));
    }

    int requestCount() {
        return jdbc.queryForObject("select count(*) from catalog.product_request", Integer.class);
    }

    @Test
    void malformedVpcAndSubnetIdsAreRefusedPerFieldWithNothingStored() {
        int before = requestCount();

        assertThatThrownBy(() -> requests.submit(database("vpc-0abc", "subnet-0aaa1111bbb22222c,subnet-2")))
                .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.violations())
                        .extracting(RequestViolation::field, RequestViolation::rule, RequestViolation::message)
                        .containsExactlyInAnyOrder(
                                tuple("parameters.VpcId", "AWS_TYPE",
                                        "must be a VPC id: vpc- and 8 or 17 hexadecimal digits"),
                                tuple("parameters.SubnetIds", "AWS_TYPE",
                                        "every item must be a subnet id: subnet- and 8 or 17 hexadecimal digits")));

        assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void theFormsCheckGivesTheSameVerdictAsSubmitting() {
        assertThat(requests.check(database("vpc-0abc", "subnet-0aaa1111bbb22222c")))
                .extracting(RequestViolation::field).containsExactly("parameters.VpcId");
    }
}
