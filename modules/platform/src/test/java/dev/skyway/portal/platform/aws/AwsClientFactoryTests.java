package dev.skyway.portal.platform.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** A real STS client built by the factory, talking the STS query protocol to WireMock on loopback. */
class AwsClientFactoryTests {

    static final String BASE_KEY = "AKIDBASEEXAMPLE";
    static final String ASSUMED_KEY = "ASIAASSUMEDEXAMPLE";
    static final String ROLE_ARN = "arn:aws:iam::210987654321:role/skyway-reader";

    @RegisterExtension
    static final WireMockExtension sts = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private AwsClientFactory factory;

    @AfterEach
    void closeFactory() {
        if (factory != null) {
            factory.close();
        }
    }

    private StsClient stsClient(String roleArn, String externalId, Duration attemptTimeout, int maxAttempts) {
        AwsProperties properties = new AwsProperties(AwsMode.AWS, "eu-central-1", roleArn, externalId, null,
                URI.create(sts.baseUrl()), Duration.ofSeconds(30), attemptTimeout, maxAttempts);
        factory = new AwsClientFactory(properties,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(BASE_KEY, "base-secret")));
        return factory.create(StsClient.builder());
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }

    private static final String CALLER_IDENTITY = """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
                <Arn>arn:aws:iam::123456789012:user/portal</Arn>
                <UserId>AIDAEXAMPLE</UserId>
                <Account>123456789012</Account>
              </GetCallerIdentityResult>
              <ResponseMetadata><RequestId>1a2b3c</RequestId></ResponseMetadata>
            </GetCallerIdentityResponse>""";

    private static final String THROTTLED = """
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error>
              <RequestId>4d5e6f</RequestId>
            </ErrorResponse>""";

    private static final String ASSUMED_ROLE = """
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <AssumeRoleResult>
                <Credentials>
                  <AccessKeyId>%s</AccessKeyId>
                  <SecretAccessKey>assumed-secret</SecretAccessKey>
                  <SessionToken>assumed-session-token</SessionToken>
                  <Expiration>2099-01-01T00:00:00Z</Expiration>
                </Credentials>
                <AssumedRoleUser>
                  <AssumedRoleId>AROAEXAMPLE:skyway-portal</AssumedRoleId>
                  <Arn>arn:aws:sts::210987654321:assumed-role/skyway-reader/skyway-portal</Arn>
                </AssumedRoleUser>
              </AssumeRoleResult>
              <ResponseMetadata><RequestId>7a8b9c</RequestId></ResponseMetadata>
            </AssumeRoleResponse>""".formatted(ASSUMED_KEY);

    @Test
    void callGoesToTheEndpointOverrideSignedForTheConfiguredRegion() {
        sts.stubFor(post("/").withRequestBody(containing("Action=GetCallerIdentity")).willReturn(xml(200, CALLER_IDENTITY)));

        GetCallerIdentityResponse identity = stsClient(null, null, Duration.ofSeconds(10), 3).getCallerIdentity();

        assertThat(identity.account()).isEqualTo("123456789012");
        sts.verify(1, postRequestedFor(urlEqualTo("/"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withHeader("Authorization", matching(
                        "AWS4-HMAC-SHA256 Credential=" + BASE_KEY + "/\\d{8}/eu-central-1/sts/aws4_request, .*")));
    }

    @Test
    void throttlingIsRetriedUntilItSucceeds() {
        sts.stubFor(post("/").inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(xml(400, THROTTLED)).willSetStateTo("throttled once"));
        sts.stubFor(post("/").inScenario("throttled").whenScenarioStateIs("throttled once")
                .willReturn(xml(400, THROTTLED)).willSetStateTo("recovered"));
        sts.stubFor(post("/").inScenario("throttled").whenScenarioStateIs("recovered")
                .willReturn(xml(200, CALLER_IDENTITY)));

        GetCallerIdentityResponse identity = stsClient(null, null, Duration.ofSeconds(10), 3).getCallerIdentity();

        assertThat(identity.account()).isEqualTo("123456789012");
        sts.verify(3, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void responseSlowerThanTheAttemptTimeoutFailsAfterEveryAttempt() {
        sts.stubFor(post("/").willReturn(xml(200, CALLER_IDENTITY).withFixedDelay(3_000)));
        StsClient client = stsClient(null, null, Duration.ofMillis(250), 2);

        assertThatThrownBy(client::getCallerIdentity).isInstanceOf(ApiCallAttemptTimeoutException.class);
        // WireMock journals a request on its own thread; the client may have given up before that
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> sts.verify(2, postRequestedFor(urlEqualTo("/"))));
    }

    @Test
    void withARoleArnCallsAreSignedWithTheAssumedRolesCredentials() {
        sts.stubFor(post("/").withRequestBody(containing("Action=AssumeRole")).willReturn(xml(200, ASSUMED_ROLE)));
        sts.stubFor(post("/").withRequestBody(containing("Action=GetCallerIdentity")).willReturn(xml(200, CALLER_IDENTITY)));

        stsClient(ROLE_ARN, "skyway-ext-1", Duration.ofSeconds(10), 3).getCallerIdentity();

        List<LoggedRequest> requests = sts.getAllServeEvents().reversed().stream()
                .map(event -> event.getRequest()).toList();
        assertThat(requests).hasSize(2);
        LoggedRequest assumeRole = requests.get(0);
        assertThat(assumeRole.getBodyAsString()).contains("Action=AssumeRole", "RoleArn=" + encoded(ROLE_ARN),
                "RoleSessionName=skyway-portal", "ExternalId=skyway-ext-1");
        assertThat(assumeRole.getHeader("Authorization")).contains("Credential=" + BASE_KEY + "/");
        LoggedRequest callerIdentity = requests.get(1);
        assertThat(callerIdentity.getBodyAsString()).contains("Action=GetCallerIdentity");
        assertThat(callerIdentity.getHeader("Authorization")).contains("Credential=" + ASSUMED_KEY + "/");
        assertThat(callerIdentity.getHeader("X-Amz-Security-Token")).isEqualTo("assumed-session-token");
    }

    @Test
    void exposesTheConfiguredMode() {
        factory = new AwsClientFactory(new AwsProperties(AwsMode.SANDBOX, null, null, null, null, null, null, null,
                null), StaticCredentialsProvider.create(AwsBasicCredentials.create(BASE_KEY, "base-secret")));

        assertThat(factory.mode()).isEqualTo(AwsMode.SANDBOX);
        assertThat(factory.region().id()).isEqualTo("us-east-1");
    }

    @Test
    void closingTheFactoryClosesTheClientsItCreated() {
        factory = new AwsClientFactory(new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                URI.create(sts.baseUrl()), null, null, null),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(BASE_KEY, "base-secret")));
        StsClient client = org.mockito.Mockito.mock(StsClient.class);
        var builder = org.mockito.Mockito.spy(StsClient.builder());
        org.mockito.Mockito.doReturn(client).when(builder).build();

        assertThat(factory.create(builder)).isSameAs(client);
        factory.close();

        org.mockito.Mockito.verify(client).close();
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
