package dev.skyway.portal.accounts.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.accounts.internal.DirectoryException;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Member;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Unit;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * A real Organizations client from the platform's factory, speaking the JSON protocol to WireMock on loopback:
 * paging through NextToken, nested OUs, parents and tags, throttling retried, and errors in the portal's words.
 */
class AwsOrganizationDirectoryTests {

    static final String TARGET = "AWSOrganizationsV20161128.";
    static final String JSON = "application/x-amz-json-1.1";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    AwsClientFactory factory;
    AwsOrganizationDirectory directory;

    @BeforeEach
    void directory() {
        AwsProperties properties = new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                URI.create(aws.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), 3);
        factory = new AwsClientFactory(properties,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
        directory = new AwsOrganizationDirectory(factory.create(OrganizationsClient.builder()));
    }

    @AfterEach
    void close() {
        directory.close();
        factory.close();
    }

    static MappingBuilder operation(String name) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name))
                .withHeader("Content-Type", equalTo(JSON));
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "req-ok").withBody(body);
    }

    static ResponseDefinitionBuilder error(String type, String message, String requestId) {
        return aResponse().withStatus(400).withHeader("Content-Type", JSON).withHeader("x-amzn-RequestId", requestId)
                .withBody("{\"__type\":\"" + type + "\",\"Message\":\"" + message + "\"}");
    }

    static String account(String id, String name, String status) {
        return """
                {"Id":"%s","Arn":"arn:aws:organizations::111111111111:account/o-abc/%s","Email":"aws+%s@example.com",
                 "Name":"%s","Status":"%s","JoinedMethod":"CREATED","JoinedTimestamp":1.6094592E9}"""
                .formatted(id, id, name, name, status);
    }

    void stubOrganization() {
        aws.stubFor(operation("ListRoots").willReturn(ok("""
                {"Roots":[{"Id":"r-ab12","Arn":"arn:aws:organizations::111111111111:root/o-abc/r-ab12",
                 "Name":"Root","PolicyTypes":[]}]}""")));
        aws.stubFor(operation("ListOrganizationalUnitsForParent").atPriority(9).willReturn(ok(
                "{\"OrganizationalUnits\":[]}")));
        aws.stubFor(operation("ListOrganizationalUnitsForParent").atPriority(1)
                .withRequestBody(matchingJsonPath("$.ParentId", equalTo("r-ab12"))).willReturn(ok("""
                        {"OrganizationalUnits":[{"Id":"ou-ab12-wrk00001","Name":"Workloads"}],"NextToken":"ou-2"}""")));
        aws.stubFor(operation("ListOrganizationalUnitsForParent").atPriority(1)
                .withRequestBody(matchingJsonPath("$.NextToken", equalTo("ou-2"))).willReturn(ok("""
                        {"OrganizationalUnits":[{"Id":"ou-ab12-sec00002","Name":"Security"}]}""")));
        aws.stubFor(operation("ListOrganizationalUnitsForParent").atPriority(1)
                .withRequestBody(matchingJsonPath("$.ParentId", equalTo("ou-ab12-wrk00001"))).willReturn(ok("""
                        {"OrganizationalUnits":[{"Id":"ou-ab12-prd00003","Name":"Prod"}]}""")));
        aws.stubFor(operation("ListAccounts").atPriority(9).willReturn(ok(
                "{\"Accounts\":[" + account("111111111111", "management", "ACTIVE") + ","
                        + account("222222222222", "payments-prod", "ACTIVE") + "],\"NextToken\":\"acc-2\"}")));
        aws.stubFor(operation("ListAccounts").atPriority(1)
                .withRequestBody(matchingJsonPath("$.NextToken", equalTo("acc-2"))).willReturn(ok(
                        "{\"Accounts\":[" + account("333333333333", "legacy", "SUSPENDED") + "]}")));
        parent("111111111111", "r-ab12", "ROOT");
        parent("222222222222", "ou-ab12-prd00003", "ORGANIZATIONAL_UNIT");
        parent("333333333333", "ou-ab12-sec00002", "ORGANIZATIONAL_UNIT");
        aws.stubFor(operation("ListTagsForResource").atPriority(9).willReturn(ok("{\"Tags\":[]}")));
        aws.stubFor(operation("ListTagsForResource").atPriority(1)
                .withRequestBody(matchingJsonPath("$.ResourceId", equalTo("222222222222"))).willReturn(ok("""
                        {"Tags":[{"Key":"owner-team","Value":"payments"}],"NextToken":"tag-2"}""")));
        aws.stubFor(operation("ListTagsForResource").atPriority(1)
                .withRequestBody(matchingJsonPath("$.NextToken", equalTo("tag-2"))).willReturn(ok("""
                        {"Tags":[{"Key":"cost-center","Value":"CC-2100"}]}""")));
    }

    void parent(String accountId, String parentId, String type) {
        aws.stubFor(operation("ListParents").withRequestBody(matchingJsonPath("$.ChildId", equalTo(accountId)))
                .willReturn(ok("{\"Parents\":[{\"Id\":\"" + parentId + "\",\"Type\":\"" + type + "\"}]}")));
    }

    @Test
    void readsNestedOusAndEveryPageOfAccountsWithParentsAndTags() {
        stubOrganization();

        OrganizationSnapshot snapshot = directory.read();

        assertThat(snapshot.root()).isEqualTo(new Unit("r-ab12", "Root", null));
        assertThat(snapshot.units()).containsExactly(new Unit("ou-ab12-wrk00001", "Workloads", "r-ab12"),
                new Unit("ou-ab12-prd00003", "Prod", "ou-ab12-wrk00001"),
                new Unit("ou-ab12-sec00002", "Security", "r-ab12"));
        assertThat(snapshot.accounts()).extracting(Member::id, Member::parentId, Member::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("111111111111", "r-ab12", "ACTIVE"),
                org.assertj.core.groups.Tuple.tuple("222222222222", "ou-ab12-prd00003", "ACTIVE"),
                org.assertj.core.groups.Tuple.tuple("333333333333", "ou-ab12-sec00002", "SUSPENDED"));
        Member payments = snapshot.accounts().get(1);
        assertThat(payments.tags()).isEqualTo(Map.of("owner-team", "payments", "cost-center", "CC-2100"));
        assertThat(payments.email()).isEqualTo("aws+payments-prod@example.com");
        assertThat(payments.joinedAt()).isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
        aws.verify(2, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + "ListAccounts")));
    }

    @Test
    void throttlingIsRetriedUntilAwsAnswers() {
        stubOrganization();
        aws.stubFor(operation("ListRoots").atPriority(1).inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(error("TooManyRequestsException", "Rate exceeded", "req-throttled"))
                .willSetStateTo("calm"));

        OrganizationSnapshot snapshot = directory.read();

        assertThat(snapshot.accounts()).hasSize(3);
        aws.verify(2, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + "ListRoots")));
    }

    @Test
    void accessDeniedIsTranslatedWithTheAwsRequestId() {
        stubOrganization();
        aws.stubFor(operation("ListAccounts").atPriority(0).willReturn(error("AccessDeniedException",
                "You don't have permissions to access this resource.", "req-denied-42")));

        assertThatThrownBy(() -> directory.read()).isInstanceOfSatisfying(DirectoryException.class, e -> {
            assertThat(e.getMessage()).startsWith("The portal's AWS role may not read the account list")
                    .contains("You don't have permissions");
            assertThat(e.awsRequestId()).isEqualTo("req-denied-42");
        });
    }

    @Test
    void anAccountOutsideAnOrganizationIsTold() {
        aws.stubFor(operation("ListRoots").willReturn(error("AWSOrganizationsNotInUseException",
                "Your account is not a member of an organization.", "req-none-7")));

        assertThatThrownBy(() -> directory.read()).isInstanceOfSatisfying(DirectoryException.class, e -> {
            assertThat(e.getMessage()).contains("not in an organization");
            assertThat(e.awsRequestId()).isEqualTo("req-none-7");
        });
    }

    @Test
    void throttlingThatNeverEndsFailsWithTheLastRequestId() {
        stubOrganization();
        aws.stubFor(operation("ListRoots").atPriority(1).willReturn(error("TooManyRequestsException",
                "Rate exceeded", "req-throttled-3")));

        assertThatThrownBy(() -> directory.read()).isInstanceOfSatisfying(DirectoryException.class, e -> {
            assertThat(e.getMessage()).contains("kept throttling");
            assertThat(e.awsRequestId()).isEqualTo("req-throttled-3");
        });
        aws.verify(3, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + "ListRoots")));
    }
}
