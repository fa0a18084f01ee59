package dev.skyway.portal.compliance.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.skyway.portal.compliance.internal.aws.AwsStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * DetectStackDrift, DescribeStackDriftDetectionStatus and DescribeStackResourceDrifts through a real CloudFormation
 * client against WireMock speaking the query protocol: form-encoded {@code Action=...&Version=2010-05-15} requests,
 * XML answers, {@code ErrorResponse} documents.
 */
class CloudFormationDriftTests {

    static final String NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
    static final String STACK = "arn:aws:cloudformation:eu-central-1:222222222222:stack/"
            + "SC-222222222222-pp-7xk2mq4v5nd3a/4b3e8f10-2a1c-11f1-9b7e-06d5c1e2f3a4";
    static final String DETECTION = "2f2b2d60-df86-11f0-bcd5-0a3c9b9a8f1e";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    final AwsStubs.Pauses pauses = new AwsStubs.Pauses();
    AwsClientFactory factory;

    CloudFormationDrift drift(int attempts, Duration timeout, @Nullable AwsCredentialsProvider member) {
        factory = AwsStubs.factory(aws, attempts);
        CloudFormationClient client = factory.create(CloudFormationClient.builder());
        CloudFormationClients clients = new CloudFormationClients() {
            @Override
            public CloudFormationClient client(StackArn stack) {
                return client;
            }

            @Override
            public @Nullable AwsCredentialsProvider credentials(StackArn stack) {
                return member;
            }
        };
        return new CloudFormationDrift(clients, new ThrottlingRetries(pauses), pauses.clock, pauses,
                Duration.ofSeconds(5), timeout);
    }

    CloudFormationDrift drift(int attempts) {
        return drift(attempts, Duration.ofMinutes(10), null);
    }

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void detectsDriftWaitsForTheOutcomeAndReadsEveryResourcesDifferences() {
        aws.stubFor(action("DetectStackDrift").willReturn(xml("DetectStackDrift",
                "<StackDriftDetectionId>" + DETECTION + "</StackDriftDetectionId>")));
        stubStatus(2, "DETECTION_COMPLETE", "DRIFTED", null);
        stubResourcePages();

        StackDriftReport report = drift(3).detect(STACK);

        assertThat(report.stack()).isEqualTo(new StackArn(STACK, "aws", "eu-central-1", "222222222222",
                "SC-222222222222-pp-7xk2mq4v5nd3a"));
        assertThat(report.detection()).isEqualTo(new DriftDetection(DETECTION, STACK, "DETECTION_COMPLETE",
                "DRIFTED", null, 2, Instant.parse("2026-06-15T10:00:12.345Z")));
        assertThat(pauses.pauses).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
        assertThat(report.resources()).extracting(ResourceDrift::logicalResourceId, ResourceDrift::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ExportsBucket", "MODIFIED"),
                        org.assertj.core.groups.Tuple.tuple("ExportsQueue", "IN_SYNC"),
                        org.assertj.core.groups.Tuple.tuple("ExportsTopicPolicy", "DELETED"),
                        org.assertj.core.groups.Tuple.tuple("ExportsWaitCondition", "NOT_CHECKED"));
        assertThat(report.drifted()).extracting(ResourceDrift::logicalResourceId)
                .containsExactly("ExportsBucket", "ExportsTopicPolicy");

        ResourceDrift bucket = report.resources().getFirst();
        assertThat(bucket.physicalResourceId()).isEqualTo("payments-prod-exports");
        assertThat(bucket.resourceType()).isEqualTo("AWS::S3::Bucket");
        assertThat(bucket.detectedAt()).isEqualTo(Instant.parse("2026-06-15T10:00:08.123Z"));
        assertThat(bucket.expectedProperties()).contains("\"VersioningConfiguration\":{\"Status\":\"Enabled\"}");
        assertThat(bucket.actualProperties()).contains("\"VersioningConfiguration\":{\"Status\":\"Suspended\"}");
        assertThat(bucket.differences()).containsExactly(
                new PropertyDrift("/VersioningConfiguration/Status", "Enabled", "Suspended", "NOT_EQUAL"),
                new PropertyDrift("/PublicAccessBlockConfiguration/BlockPublicPolicy", "true", "false", "NOT_EQUAL"),
                new PropertyDrift("/Tags/0", "null", "{\"Key\":\"owner\",\"Value\":\"payments\"}", "ADD"));
        ResourceDrift deleted = report.resources().get(2);
        assertThat(deleted.actualProperties()).isNull();
        assertThat(deleted.differences()).isEmpty();
        assertThat(report.resources().get(3).statusReason())
                .isEqualTo("Drift detection is not supported for this resource type.");

        aws.verify(1, requested("DetectStackDrift").withFormParam("StackName", equalTo(STACK)));
        aws.verify(3, requested("DescribeStackDriftDetectionStatus")
                .withFormParam("StackDriftDetectionId", equalTo(DETECTION)));
        aws.verify(1, requested("DescribeStackResourceDrifts").withFormParam("StackName", equalTo(STACK))
                .withFormParam("MaxResults", equalTo("100")).withFormParam("NextToken", absent()));
        aws.verify(1, requested("DescribeStackResourceDrifts")
                .withFormParam("NextToken", equalTo("ZHJpZnRzLXBhZ2UtMg==")));
    }

    @Test
    void aDetectionThatFailedForSomeResourcesStillReportsTheOthers() {
        aws.stubFor(action("DetectStackDrift").willReturn(xml("DetectStackDrift",
                "<StackDriftDetectionId>" + DETECTION + "</StackDriftDetectionId>")));
        stubStatus(0, "DETECTION_FAILED", "DRIFTED",
                "Failed to detect drift on resource [ExportsWaitCondition]: internal failure");
        stubResourcePages();

        StackDriftReport report = drift(3).detect(STACK);

        assertThat(report.detection().detectionStatus()).isEqualTo("DETECTION_FAILED");
        assertThat(report.detection().reason()).contains("ExportsWaitCondition");
        assertThat(report.resources()).hasSize(4);
        assertThat(pauses.pauses).isEmpty();
    }

    @Test
    void stopsWaitingAtTheTimeoutAndKeepsTheDetectionIdForLater() {
        aws.stubFor(action("DetectStackDrift").willReturn(xml("DetectStackDrift",
                "<StackDriftDetectionId>" + DETECTION + "</StackDriftDetectionId>")));
        stubStatus(10, "DETECTION_COMPLETE", "IN_SYNC", null);

        assertThatThrownBy(() -> drift(3, Duration.ofSeconds(12), null).detect(STACK))
                .isInstanceOfSatisfying(DriftTimeoutException.class, e -> {
                    assertThat(e.detectionId()).isEqualTo(DETECTION);
                    assertThat(e.stack().accountId()).isEqualTo("222222222222");
                    assertThat(e.getMessage()).contains("still detecting drift", "SC-222222222222-pp-7xk2mq4v5nd3a",
                            "PT12S", DETECTION);
                });
        // 5 s, 5 s, then only what was left of the 12 s
        assertThat(pauses.pauses).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2));
        aws.verify(4, requested("DescribeStackDriftDetectionStatus"));
        aws.verify(0, requested("DescribeStackResourceDrifts"));
    }

    @Test
    void aThrottledPageOfResourceDriftsIsAskedAgain() {
        stubResourcePages();
        aws.stubFor(action("DescribeStackResourceDrifts").atPriority(1).inScenario("busy")
                .whenScenarioStateIs(STARTED).willReturn(xmlError("Throttling", "Rate exceeded"))
                .willSetStateTo("calm"));

        List<ResourceDrift> drifts = drift(1).resourceDrifts(StackArn.parse(STACK));

        assertThat(drifts).hasSize(4);
        assertThat(pauses.pauses).hasSize(1);
        aws.verify(3, requested("DescribeStackResourceDrifts"));
    }

    @Test
    void aStackThatIsGoneIsAClearFailure() {
        aws.stubFor(action("DetectStackDrift").willReturn(xmlError("ValidationError",
                "Stack with id " + STACK + " does not exist")));

        assertThatThrownBy(() -> drift(3).detect(STACK)).isInstanceOfSatisfying(AwsCallException.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(AwsErrorKind.INVALID_INPUT);
            assertThat(e.failure().requestId()).isEqualTo("req-ValidationError");
            assertThat(e.getMessage()).contains("AWS CloudFormation", "detect drift of stack "
                    + "SC-222222222222-pp-7xk2mq4v5nd3a in account 222222222222", "does not exist");
        });
        aws.verify(1, requested("DetectStackDrift"));
    }

    @Test
    void signsInTheStacksAccountWithTheCredentialsGivenForIt() {
        aws.stubFor(action("DetectStackDrift").willReturn(xml("DetectStackDrift",
                "<StackDriftDetectionId>" + DETECTION + "</StackDriftDetectionId>")));
        AwsCredentialsProvider member = StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDMEMBER222", "member-secret"));

        assertThat(drift(3, Duration.ofMinutes(10), member).start(StackArn.parse(STACK))).isEqualTo(DETECTION);

        aws.verify(1, requested("DetectStackDrift").withHeader("Authorization",
                containing("Credential=AKIDMEMBER222/")));
    }

    @Test
    void onlyStackArnsAreAccepted() {
        assertThatThrownBy(() -> drift(3).detect("SC-222222222222-pp-7xk2mq4v5nd3a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a CloudFormation stack ARN");
        aws.verify(0, postRequestedFor(urlEqualTo("/")));
    }

    /** {@code inProgress} answers DETECTION_IN_PROGRESS, then the outcome. */
    private static void stubStatus(int inProgress, String outcome, String driftStatus, @Nullable String reason) {
        String state = STARTED;
        for (int i = 0; i < inProgress; i++) {
            String next = "polled-" + (i + 1);
            aws.stubFor(action("DescribeStackDriftDetectionStatus").inScenario("poll").whenScenarioStateIs(state)
                    .willReturn(xml("DescribeStackDriftDetectionStatus", status("DETECTION_IN_PROGRESS", null, null)))
                    .willSetStateTo(next));
            state = next;
        }
        aws.stubFor(action("DescribeStackDriftDetectionStatus").inScenario("poll").whenScenarioStateIs(state)
                .willReturn(xml("DescribeStackDriftDetectionStatus", status(outcome, driftStatus, reason))));
    }

    private static String status(String detection, @Nullable String drift, @Nullable String reason) {
        return """
                <StackId>%s</StackId>
                <StackDriftDetectionId>%s</StackDriftDetectionId>
                %s<DetectionStatus>%s</DetectionStatus>
                %s%s<Timestamp>2026-06-15T10:00:12.345Z</Timestamp>""".formatted(STACK, DETECTION,
                drift == null ? "" : "<StackDriftStatus>" + drift + "</StackDriftStatus>\n", detection,
                reason == null ? "" : "<DetectionStatusReason>" + reason + "</DetectionStatusReason>\n",
                drift == null ? "" : "<DriftedStackResourceCount>2</DriftedStackResourceCount>\n");
    }

    private static void stubResourcePages() {
        aws.stubFor(action("DescribeStackResourceDrifts").withFormParam("NextToken", equalTo("ZHJpZnRzLXBhZ2UtMg=="))
                .atPriority(2).willReturn(xml("DescribeStackResourceDrifts",
                        fixture("cloudformation/describe-stack-resource-drifts-page-2.xml"))));
        aws.stubFor(action("DescribeStackResourceDrifts").atPriority(3).willReturn(xml("DescribeStackResourceDrifts",
                fixture("cloudformation/describe-stack-resource-drifts-page-1.xml"))));
    }

    private static MappingBuilder action(String name) {
        return post(urlEqualTo("/"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("Action", equalTo(name))
                .withFormParam("Version", equalTo("2010-05-15"));
    }

    private static RequestPatternBuilder requested(String name) {
        return postRequestedFor(urlEqualTo("/")).withFormParam("Action", equalTo(name))
                .withFormParam("Version", equalTo("2010-05-15"));
    }

    private static ResponseDefinitionBuilder xml(String action, String result) {
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

    /** CloudFormation's error document; throttling and validation errors are HTTP 400. */
    private static ResponseDefinitionBuilder xmlError(String code, String message) {
        return aResponse().withStatus(400).withHeader("Content-Type", "text/xml")
                .withHeader("x-amzn-RequestId", "req-" + code).withBody("""
                        <ErrorResponse xmlns="%s">
                          <Error>
                            <Type>Sender</Type>
                            <Code>%s</Code>
                            <Message>%s</Message>
                          </Error>
                          <RequestId>req-%s</RequestId>
                        </ErrorResponse>""".formatted(NS, code, message, code));
    }
}
