package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.provisioning.internal.network.NetworkTarget;
import dev.skyway.portal.provisioning.internal.sandbox.SandboxNetwork;

/**
 * AWS-specific parameters of a product request (the RDS product's {@code AWS::EC2::VPC::Id} and
 * {@code List<AWS::EC2::Subnet::Id>}) are checked before anything is stored, on H2 and PostgreSQL: their shape, and
 * in the sandbox that the target account has them.
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
        return jdbc.queryForObject("select count(*) from provisioning.product_request", Integer.class);
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
    void inTheSandboxIdsMustExistInTheTargetAccount() {
        NetworkTarget mine = new NetworkTarget(ACCOUNT, "us-east-1");
        NetworkTarget other = new NetworkTarget("210987654321", "us-east-1");
        SandboxNetwork network = new SandboxNetwork();
        String myVpc = network.vpcs(mine).getFirst().value();
        List<String> mySubnets = network.subnets(mine, myVpc).stream().map(NetworkChoice::value).toList();
        String otherVpc = network.vpcs(other).getFirst().value();
        String otherSubnet = network.subnets(other, otherVpc).getFirst().value();
        int before = requestCount();

        assertThat(requests.check(database(myVpc, mySubnets.get(0) + "," + mySubnets.get(1)))).isEmpty();
        assertThatThrownBy(() -> requests.submit(database(otherVpc, mySubnets.get(0) + "," + otherSubnet)))
                .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.violations())
                        .extracting(RequestViolation::field, RequestViolation::rule, RequestViolation::message)
                        .containsExactlyInAnyOrder(
                                tuple("parameters.VpcId", "NOT_IN_ACCOUNT",
                                        otherVpc + " does not exist in account " + ACCOUNT + " (us-east-1)"),
                                tuple("parameters.SubnetIds", "NOT_IN_ACCOUNT",
                                        otherSubnet + " does not exist in account " + ACCOUNT + " (us-east-1)")));
        assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void theFormsCheckGivesTheSameVerdictAsSubmitting() {
        // a malformed id is not looked up; a well-formed one of no account's network is not in this one
        assertThat(requests.check(database("vpc-0abc", "subnet-0aaa1111bbb22222c")))
                .extracting(RequestViolation::field, RequestViolation::rule)
                .containsExactly(tuple("parameters.VpcId", "AWS_TYPE"), tuple("parameters.SubnetIds",
                        "NOT_IN_ACCOUNT"));
    }
}
