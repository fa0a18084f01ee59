package dev.skyway.portal.accounts.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.skyway.portal.accounts.internal.vending.BaselineDeployer.OperationProgress;
import dev.skyway.portal.accounts.internal.vending.BaselineDeployer.OperationProgress.State;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * StackSets through a real CloudFormation client against WireMock speaking the query protocol: form-encoded
 * {@code Action=...&Version=2010-05-15} requests, XML responses and {@code ErrorResponse} documents as AWS
 * documents them.
 */
class StackSetsBaselineDeployerTests {

    static final String NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
    static final String OPERATION = "c424b651-2fda-4d6f-a4f1-20c0example";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    AwsClientFactory factory;
    CloudFormationClient client;

    CloudFormationClient client(int attempts) {
        factory = AwsStubs.factory(aws, attempts);
        client = factory.create(CloudFormationClient.builder());
        return client;
    }

    StackSetsBaselineDeployer selfManaged(int attempts) {
        return new StackSetsBaselineDeployer(client(attempts), null, false);
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
            factory.close();
        }
    }

    static MappingBuilder action(String name) {
        return post(urlEqualTo("/"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("Action", equalTo(name))
                .withFormParam("Version", equalTo("2010-05-15"));
    }

    static RequestPatternBuilder requested(String name) {
        return postRequestedFor(urlEqualTo("/")).withFormParam("Action", equalTo(name))
                .withFormParam("Version", equalTo("2010-05-15"));
    }

    static ResponseDefinitionBuilder xml(String action, String result) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody("""
                <%1$sResponse xmlns="%2$s">
                  <%1$sResult>
                %3$s
                  </%1$sResult>
                  <ResponseMetadata>
                    <RequestId>b5b4d3c2-1a2b-4c5d-8e9f-0a1b2c3d4e5f</RequestId>
                  </ResponseMetadata>
                </%1$sResponse>""".formatted(action, NS, result));
    }

    static ResponseDefinitionBuilder xmlError(String code, String message, String requestId) {
        return aResponse().withStatus(400).withHeader("Content-Type", "text/xml")
                .withHeader("x-amzn-RequestId", requestId).withBody("""
                        <ErrorResponse xmlns="%s">
                          <Error>
                            <Type>Sender</Type>
                            <Code>%s</Code>
                            <Message>%s</Message>
                          </Error>
                          <RequestId>%s</RequestId>
                        </ErrorResponse>""".formatted(NS, code, message, requestId));
    }

    static String operation(String status, String reason) {
        return """
                    <StackSetOperation>
                      <ExecutionRoleName>AWSCloudFormationStackSetExecutionRole</ExecutionRoleName>
                      <AdministrationRoleARN>arn:aws:iam::111111111111:role/AWSCloudFormationStackSetAdministrationRole</AdministrationRoleARN>
                      <CreationTimestamp>2026-11-22T01:00:00.000Z</CreationTimestamp>
                      <StackSetId>baseline:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d</StackSetId>
                      <Action>CREATE</Action>
                      <OperationId>%s</OperationId>
                      <Status>%s</Status>%s
                    </StackSetOperation>""".formatted(OPERATION, status,
                reason == null ? "" : "\n      <StatusReason>" + reason + "</StatusReason>");
    }

    static String instance(String account, String region, String status, String detailed, String reason) {
        return """
                      <member>
                        <StackSetId>baseline:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d</StackSetId>
                        <Region>%s</Region>
                        <Account>%s</Account>
                        <StackId>arn:aws:cloudformation:%s:%s:stack/StackSet-baseline-1/abc</StackId>
                        <Status>%s</Status>
                        <StatusReason>%s</StatusReason>
                        <StackInstanceStatus><DetailedStatus>%s</DetailedStatus></StackInstanceStatus>
                        <LastOperationId>%s</LastOperationId>
                      </member>""".formatted(region, account, region, account, status, reason, detailed, OPERATION);
    }

    @Test
    void deploySendsCreateStackInstancesForTheAccountInEveryRegion() {
        aws.stubFor(action("CreateStackInstances").willReturn(xml("CreateStackInstances",
                "<OperationId>" + OPERATION + "</OperationId>")));

        String id = selfManaged(3).deploy("baseline", "555555555555", List.of("eu-central-1", "eu-west-1"),
                OPERATION);

        assertThat(id).isEqualTo(OPERATION);
        aws.verify(1, requested("CreateStackInstances")
                .withFormParam("StackSetName", equalTo("baseline"))
                .withFormParam("Accounts.member.1", equalTo("555555555555"))
                .withFormParam("Regions.member.1", equalTo("eu-central-1"))
                .withFormParam("Regions.member.2", equalTo("eu-west-1"))
                .withFormParam("OperationId", equalTo(OPERATION))
                .withFormParam("CallAs", absent())
                .withFormParam("DeploymentTargets.Accounts.member.1", absent()));
    }

    @Test
    void aServiceManagedStackSetTargetsTheAccountInsideTheRootAsDelegatedAdmin() {
        aws.stubFor(action("CreateStackInstances").willReturn(xml("CreateStackInstances",
                "<OperationId>" + OPERATION + "</OperationId>")));

        new StackSetsBaselineDeployer(client(3), "r-ab12", true)
                .deploy("baseline", "555555555555", List.of("eu-central-1"), OPERATION);

        aws.verify(1, requested("CreateStackInstances")
                .withFormParam("DeploymentTargets.OrganizationalUnitIds.member.1", equalTo("r-ab12"))
                .withFormParam("DeploymentTargets.Accounts.member.1", equalTo("555555555555"))
                .withFormParam("DeploymentTargets.AccountFilterType", equalTo("INTERSECTION"))
                .withFormParam("CallAs", equalTo("DELEGATED_ADMIN"))
                .withFormParam("Accounts.member.1", absent()));
    }

    @Test
    void anOperationIdThatAlreadyExistsIsTheDeploymentStartedEarlier() {
        aws.stubFor(action("CreateStackInstances").willReturn(xmlError("OperationIdAlreadyExistsException",
                "The specified operation ID already exists.", "req-dup")));

        String id = selfManaged(3).deploy("baseline", "555555555555", List.of("eu-central-1"), OPERATION);

        assertThat(id).isEqualTo(OPERATION);
        aws.verify(1, requested("CreateStackInstances"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUNNING", "QUEUED", "STOPPING"})
    void anOperationThatIsNotDoneIsRunning(String status) {
        aws.stubFor(action("DescribeStackSetOperation").willReturn(xml("DescribeStackSetOperation",
                operation(status, null))));

        OperationProgress progress = selfManaged(3).progress("baseline", OPERATION);

        assertThat(progress).isEqualTo(new OperationProgress(State.RUNNING, null));
        aws.verify(1, requested("DescribeStackSetOperation").withFormParam("StackSetName", equalTo("baseline"))
                .withFormParam("OperationId", equalTo(OPERATION)));
    }

    @Test
    void aSucceededOperationSucceedsWithoutListingInstances() {
        aws.stubFor(action("DescribeStackSetOperation").willReturn(xml("DescribeStackSetOperation",
                operation("SUCCEEDED", null))));

        assertThat(selfManaged(3).progress("baseline", OPERATION))
                .isEqualTo(new OperationProgress(State.SUCCEEDED, null));
        aws.verify(0, requested("ListStackInstances"));
    }

    @Test
    void aFailedOperationCollectsTheStatusReasonsOfItsInstancesFromEveryPage() {
        aws.stubFor(action("DescribeStackSetOperation").willReturn(xml("DescribeStackSetOperation",
                operation("FAILED", "The operation failed in some accounts."))));
        aws.stubFor(action("ListStackInstances").atPriority(9).willReturn(xml("ListStackInstances",
                "<Summaries>" + instance("555555555555", "eu-central-1", "CURRENT", "SUCCEEDED", "")
                        + instance("555555555555", "eu-west-1", "OUTDATED", "FAILED",
                        "ResourceLogicalId:AuditBucket, ResourceType:AWS::S3::Bucket, ResourceStatusReason:Bucket"
                                + " name already exists.")
                        + "</Summaries><NextToken>page-2</NextToken>")));
        aws.stubFor(action("ListStackInstances").atPriority(1).withFormParam("NextToken", equalTo("page-2"))
                .willReturn(xml("ListStackInstances", "<Summaries>" + instance("555555555555", "us-east-1",
                        "INOPERABLE", "FAILED", "Account 555555555555 should have 'AWSCloudFormationStackSetExecutionRole'"
                                + " role with trust relationship to Role 'AWSCloudFormationStackSetAdministrationRole'.")
                        + "</Summaries>")));

        OperationProgress progress = selfManaged(3).progress("baseline", OPERATION);

        assertThat(progress.state()).isEqualTo(State.FAILED);
        assertThat(progress.message()).isEqualTo("Baseline baseline failed: account 555555555555 in eu-west-1:"
                + " ResourceLogicalId:AuditBucket, ResourceType:AWS::S3::Bucket, ResourceStatusReason:Bucket name"
                + " already exists.; account 555555555555 in us-east-1: Account 555555555555 should have"
                + " 'AWSCloudFormationStackSetExecutionRole' role with trust relationship to Role"
                + " 'AWSCloudFormationStackSetAdministrationRole'.");
        aws.verify(2, requested("ListStackInstances").withFormParam("StackSetName", equalTo("baseline"))
                .withFormParam("Filters.member.1.Name", equalTo("LAST_OPERATION_ID"))
                .withFormParam("Filters.member.1.Values", equalTo(OPERATION)));
        aws.verify(1, requested("ListStackInstances").withFormParam("NextToken", absent()));
    }

    @Test
    void aStoppedOperationWithoutInstanceReasonsUsesTheOperationsReason() {
        aws.stubFor(action("DescribeStackSetOperation").willReturn(xml("DescribeStackSetOperation",
                operation("STOPPED", "Stopped by an administrator."))));
        aws.stubFor(action("ListStackInstances").willReturn(xml("ListStackInstances", "<Summaries/>")));

        OperationProgress progress = selfManaged(3).progress("baseline", OPERATION);

        assertThat(progress).isEqualTo(new OperationProgress(State.STOPPED,
                "Baseline baseline was stopped before it finished: Stopped by an administrator."));
    }

    @Test
    void aMissingStackSetIsExplainedAndNotRetried() {
        aws.stubFor(action("CreateStackInstances").willReturn(xmlError("StackSetNotFoundException",
                "StackSet baseline not found", "req-missing")));

        assertThatThrownBy(() -> selfManaged(3).deploy("baseline", "555555555555", List.of("eu-central-1"),
                OPERATION)).isInstanceOfSatisfying(VendingException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.code()).isEqualTo("StackSetNotFoundException");
                    assertThat(e.getMessage()).startsWith("The baseline stack set baseline does not exist");
                    assertThat(e.awsRequestId()).isEqualTo("req-missing");
                });
    }

    @Test
    void anotherOperationInProgressIsRetryable() {
        aws.stubFor(action("CreateStackInstances").willReturn(xmlError("OperationInProgressException",
                "Another Operation on StackSet baseline is in progress", "req-busy")));

        assertThatThrownBy(() -> selfManaged(3).deploy("baseline", "555555555555", List.of("eu-central-1"),
                OPERATION)).isInstanceOfSatisfying(VendingException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).startsWith("Another operation is running on stack set baseline");
                });
    }

    @Test
    void throttlingIsRetriedByTheClientThenSucceeds() {
        aws.stubFor(action("DescribeStackSetOperation").willReturn(xml("DescribeStackSetOperation",
                operation("SUCCEEDED", null))));
        aws.stubFor(action("DescribeStackSetOperation").atPriority(1).inScenario("throttled")
                .whenScenarioStateIs(STARTED).willReturn(xmlError("Throttling", "Rate exceeded", "req-throttled"))
                .willSetStateTo("calm"));

        assertThat(selfManaged(3).progress("baseline", OPERATION).state()).isEqualTo(State.SUCCEEDED);
        aws.verify(2, requested("DescribeStackSetOperation"));
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsRetryable() {
        aws.stubFor(action("DescribeStackSetOperation").willReturn(xmlError("Throttling", "Rate exceeded",
                "req-throttled-2")));

        assertThatThrownBy(() -> selfManaged(2).progress("baseline", OPERATION))
                .isInstanceOfSatisfying(VendingException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.code()).isEqualTo("Throttling");
                    assertThat(e.awsRequestId()).isEqualTo("req-throttled-2");
                });
        aws.verify(2, requested("DescribeStackSetOperation"));
    }
}
