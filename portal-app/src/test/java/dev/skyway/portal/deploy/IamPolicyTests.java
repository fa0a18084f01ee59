package dev.skyway.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deploy/iam/portal-policy.json} and the member-account role in {@code deploy/iam/member-account-role.json}
 * allow every AWS operation the portal's adapters call, and nothing else: a new SDK call that the policies do not
 * allow fails this test (it names the class, the operation and the IAM action), and so does a permission no code
 * needs any more.
 */
class IamPolicyTests {

    /** Where a class's calls are signed: by default the portal's own role. */
    enum Signer { PORTAL, MEMBER_ACCOUNT }

    /**
     * Adapters that sign in the target account with the member-account role ({@code SkywayPortalMember}). The drift
     * adapter runs in both: on the stacks of Service Catalog products in the portal's own account, and through the
     * member role on stacks elsewhere.
     */
    static final Map<String, Set<Signer>> SIGNERS = Map.of(
            "AwsNetworkLookup", Set.of(Signer.MEMBER_ACCOUNT),
            "CloudFormationDrift", Set.of(Signer.PORTAL, Signer.MEMBER_ACCOUNT));

    private static final Path IAM = Path.of("..", "deploy", "iam");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<AwsSdkCalls.Call> calls;
    private static IamPolicy portal;
    private static IamPolicy member;

    @BeforeAll
    static void readPoliciesAndScanCalls() throws IOException {
        calls = AwsSdkCalls.inPortalMainCode();
        portal = IamPolicy.of(read("portal-policy.json"));
        member = IamPolicy.of(read("member-account-role.json").at(
                "/Resources/SkywayPortalMemberRole/Properties/Policies/0/PolicyDocument"));
    }

    @Test
    void theScanFindsTheAdaptersCallsOfEveryModule() {
        assertThat(calls).extracting(AwsSdkCalls.Call::service).contains("organizations", "servicecatalog",
                "costexplorer", "budgets", "s3", "athena", "securityhub", "config", "cloudformation", "ec2", "ssm",
                "sts");
        assertThat(calls).contains(
                new AwsSdkCalls.Call("dev.skyway.portal.accounts.internal.aws.AwsOrganizationDirectory",
                        "organizations", "ListAccounts"),
                new AwsSdkCalls.Call("dev.skyway.portal.provisioning.internal.aws.MemberAccountCredentials",
                        "sts", "AssumeRole"));
    }

    @Test
    void thePoliciesAllowEveryOperationTheAdaptersCall() {
        assertThat(missing(calls, portal, member)).as("AWS operations the IAM policies do not allow").isEmpty();
    }

    @Test
    void aCallThatThePolicyDoesNotAllowIsReported() {
        List<AwsSdkCalls.Call> withNewCall = new ArrayList<>(calls);
        withNewCall.add(new AwsSdkCalls.Call("dev.skyway.portal.accounts.internal.aws.NewAdapter", "organizations",
                "DeleteOrganization"));
        withNewCall.add(new AwsSdkCalls.Call("dev.skyway.portal.provisioning.internal.aws.AwsNetworkLookup", "ec2",
                "DescribeInstances"));

        assertThat(missing(withNewCall, portal, member)).containsExactly(
                "NewAdapter calls organizations:DeleteOrganization: PORTAL policy does not allow organizations:DeleteOrganization",
                "AwsNetworkLookup calls ec2:DescribeInstances: MEMBER_ACCOUNT policy does not allow ec2:DescribeInstances");
    }

    @Test
    void aPolicyWithoutOneOfTheNeededActionsFails() throws IOException {
        String withoutListAccounts = Files.readString(IAM.resolve("portal-policy.json"))
                .replace("\"organizations:ListAccounts\",", "");
        IamPolicy reduced = IamPolicy.of(JSON.readTree(withoutListAccounts));

        assertThat(missing(calls, reduced, member))
                .contains("AwsOrganizationDirectory calls organizations:ListAccounts: PORTAL policy does not allow organizations:ListAccounts");
    }

    @Test
    void thePoliciesGrantNothingTheAdaptersDoNotNeed() {
        assertThat(unneeded(Signer.PORTAL, portal)).as("actions in portal-policy.json no code needs").isEmpty();
        assertThat(unneeded(Signer.MEMBER_ACCOUNT, member)).as("actions in the member role no code needs").isEmpty();
    }

    @Test
    void everyStatementIsNamedAndNoneGrantsAWholeService() {
        for (IamPolicy policy : List.of(portal, member)) {
            Set<String> sids = new HashSet<>();
            for (IamPolicy.Statement statement : policy.statements()) {
                assertThat(statement.sid()).as("Sid").matches("[A-Za-z0-9]+");
                assertThat(sids.add(statement.sid())).as("unique Sid " + statement.sid()).isTrue();
                assertThat(statement.actions()).as(statement.sid()).noneMatch(action -> action.contains("*"));
            }
        }
    }

    @Test
    void theOperationNamesMapToIamActions() {
        assertThat(AwsSdkCalls.operation("listAccountsPaginator")).isEqualTo("ListAccounts");
        assertThat(AwsSdkCalls.operation("getObjectAsBytes")).isEqualTo("GetObject");
        assertThat(IamActions.neededFor("costexplorer", "GetCostAndUsage")).containsExactly("ce:GetCostAndUsage");
        assertThat(IamActions.neededFor("s3", "ListObjectsV2")).containsExactly("s3:ListBucket");
        assertThat(IamActions.neededFor("budgets", "CreateBudget")).containsExactly("budgets:ModifyBudget");
        assertThat(IamActions.neededFor("sts", "GetCallerIdentity")).isEmpty();
        assertThat(IamPolicy.matches("ec2:Describe*", "ec2:describevpcs")).isTrue();
        assertThat(IamPolicy.matches("ec2:Describe*", "ec2:CreateVpc")).isFalse();
    }

    @Test
    void onlyMainCodeIsScanned() {
        assertThat(AwsSdkCalls.isMainCode("file:/x/modules/cost/target/classes/dev/A.class")).isTrue();
        assertThat(AwsSdkCalls.isMainCode("jar:file:/m2/skyway-cost-0.1.0-SNAPSHOT.jar!/dev/A.class")).isTrue();
        assertThat(AwsSdkCalls.isMainCode("jar:file:/m2/skyway-platform-0.1.0-SNAPSHOT-tests.jar!/dev/A.class")).isFalse();
        assertThat(AwsSdkCalls.isMainCode("file:/x/portal-app/target/test-classes/dev/A.class")).isFalse();
    }

    /** One line per call and signer whose policy lacks one of the call's actions. */
    static List<String> missing(List<AwsSdkCalls.Call> calls, IamPolicy portal, IamPolicy member) {
        Set<String> problems = new java.util.LinkedHashSet<>();
        for (AwsSdkCalls.Call call : calls) {
            for (Signer signer : signers(call)) {
                IamPolicy policy = signer == Signer.PORTAL ? portal : member;
                for (String action : IamActions.neededFor(call.service(), call.operation())) {
                    if (!policy.allows(action)) {
                        problems.add("%s calls %s:%s: %s policy does not allow %s".formatted(call.callerSimpleName(),
                                call.service(), call.operation(), signer, action));
                    }
                }
            }
        }
        return List.copyOf(problems);
    }

    private Set<String> unneeded(Signer signer, IamPolicy policy) {
        Set<String> needed = new HashSet<>();
        calls.stream().filter(call -> signers(call).contains(signer))
                .forEach(call -> needed.addAll(IamActions.neededFor(call.service(), call.operation())));
        Set<String> unneeded = new TreeSet<>();
        for (String granted : policy.grantedActions()) {
            if (needed.stream().noneMatch(action -> IamPolicy.matches(granted, action))) {
                unneeded.add(granted);
            }
        }
        return unneeded;
    }

    private static Set<Signer> signers(AwsSdkCalls.Call call) {
        return SIGNERS.getOrDefault(call.callerSimpleName(), Set.of(Signer.PORTAL));
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(Files.readString(IAM.resolve(file)));
    }
}
