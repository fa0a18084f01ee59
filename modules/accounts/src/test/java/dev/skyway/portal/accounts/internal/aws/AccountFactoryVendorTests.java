package dev.skyway.portal.accounts.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.skyway.portal.accounts.internal.aws.AwsStubs.jsonError;
import static dev.skyway.portal.accounts.internal.aws.AwsStubs.jsonOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.skyway.portal.accounts.internal.vending.VendingCommand;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.accounts.internal.vending.VendingProgress;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;

/**
 * Control Tower's Account Factory through a real Service Catalog client against WireMock (JSON protocol,
 * {@code X-Amz-Target: AWS242ServiceCatalogService.<Op>}): the product's parameters, the provision token, records
 * read to the AccountId output, record errors in plain words, throttling and Service Catalog's errors.
 */
class AccountFactoryVendorTests {

    static final String TARGET = "AWS242ServiceCatalogService.";
    static final String RECORD = "rec-abcdefgh12345";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    final VendingCommand command = new VendingCommand("Payments Prod", "aws+payments-prod@example.com",
            "ou-ab12-prd00003", "Prod", "dana.dev@example.com", "Dana", "Dev",
            Map.of("owner-team", "payments"), "3b9f6c1e-0a4d-4c55-9d7e-2f1a5b6c7d8e");

    AwsClientFactory factory;
    ServiceCatalogClient client;

    AccountFactoryVendor vendor(int attempts) {
        factory = AwsStubs.factory(aws, attempts);
        client = factory.create(ServiceCatalogClient.builder());
        return new AccountFactoryVendor(client, "prod-af1234567890", "pa-af0987654321", "lpv3-af5555555555");
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
            factory.close();
        }
    }

    static MappingBuilder operation(String name) {
        return AwsStubs.jsonOperation(TARGET, name);
    }

    static RequestPatternBuilder requested(String name) {
        return AwsStubs.jsonRequested(TARGET, name);
    }

    static String record(String status, String extra) {
        return """
                {"RecordId":"%s","ProvisionedProductName":"Payments-Prod","Status":"%s","CreatedTime":1.7632E9,
                 "ProvisionedProductType":"CONTROL_TOWER_ACCOUNT","RecordType":"PROVISION_PRODUCT",
                 "ProductId":"prod-af1234567890","ProvisioningArtifactId":"pa-af0987654321",
                 "PathId":"lpv3-af5555555555"%s}""".formatted(RECORD, status, extra);
    }

    void stubProvision() {
        aws.stubFor(operation("ProvisionProduct").willReturn(jsonOk(
                "{\"RecordDetail\":" + record("CREATED", "") + "}")));
    }

    @Test
    void startProvisionsTheAccountFactoryProductWithItsParametersAndTheToken() {
        stubProvision();

        String id = vendor(3).start(command);

        assertThat(id).isEqualTo(RECORD);
        aws.verify(1, requested("ProvisionProduct").withRequestBody(equalToJson("""
                {"ProductId":"prod-af1234567890","ProvisioningArtifactId":"pa-af0987654321",
                 "PathId":"lpv3-af5555555555","ProvisionedProductName":"Payments-Prod",
                 "ProvisioningParameters":[
                   {"Key":"AccountName","Value":"Payments Prod"},
                   {"Key":"AccountEmail","Value":"aws+payments-prod@example.com"},
                   {"Key":"SSOUserEmail","Value":"dana.dev@example.com"},
                   {"Key":"SSOUserFirstName","Value":"Dana"},
                   {"Key":"SSOUserLastName","Value":"Dev"},
                   {"Key":"ManagedOrganizationalUnit","Value":"Prod (ou-ab12-prd00003)"}],
                 "Tags":[{"Key":"owner-team","Value":"payments"}],
                 "ProvisionToken":"3b9f6c1e-0a4d-4c55-9d7e-2f1a5b6c7d8e"}""")));
    }

    @Test
    void aNestedOuIsNamedWithItsIdSoControlTowerFindsTheRightOne() {
        stubProvision();
        VendingCommand nested = new VendingCommand("search-dev", "aws+search-dev@example.com", "ou-ab12-dev00009",
                "Dev", "s@example.com", "Sam", "Search", Map.of(), "key-1");

        vendor(3).start(nested);

        aws.verify(1, requested("ProvisionProduct").withRequestBody(matchingJsonPath(
                "$.ProvisioningParameters[?(@.Key == 'ManagedOrganizationalUnit')].Value",
                equalTo("Dev (ou-ab12-dev00009)"))));
    }

    @ParameterizedTest
    @CsvSource({"payments-prod,payments-prod", "Payments Prod,Payments-Prod", "  _data/lake: 1 ,data-lake-1",
            "!!!,account"})
    void theProvisionedProductNameKeepsOnlyCharactersServiceCatalogAllows(String accountName, String expected) {
        assertThat(AccountFactoryVendor.provisionedProductName(accountName)).isEqualTo(expected);
    }

    @Test
    void aKeyServiceCatalogWouldRefuseBecomesAStableToken() {
        String token = AccountFactoryVendor.provisionToken("request:42/attempt 1");

        assertThat(token).matches("[a-f0-9]{64}").isEqualTo(AccountFactoryVendor.provisionToken("request:42/attempt 1"));
        assertThat(AccountFactoryVendor.provisionToken("abc-123_X")).isEqualTo("abc-123_X");
    }

    @Test
    void findAsksAgainWithTheSameTokenAndGetsTheSameRecord() {
        stubProvision();
        AccountFactoryVendor vendor = vendor(3);
        String started = vendor.start(command);

        assertThat(vendor.find(command, java.time.Instant.EPOCH)).isEqualTo(new dev.skyway.portal.accounts.internal
                .vending.Recovery.Found(started, "Service Catalog answered the same ProvisionToken with record "
                + started));
        aws.verify(2, requested("ProvisionProduct").withRequestBody(
                matchingJsonPath("$.ProvisionToken", equalTo("3b9f6c1e-0a4d-4c55-9d7e-2f1a5b6c7d8e"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATED", "IN_PROGRESS", "IN_PROGRESS_IN_ERROR"})
    void aRecordThatIsNotDoneIsInProgress(String status) {
        aws.stubFor(operation("DescribeRecord").willReturn(jsonOk(
                "{\"RecordDetail\":" + record(status, "") + ",\"RecordOutputs\":[]}")));

        assertThat(vendor(3).progress(RECORD)).isEqualTo(VendingProgress.inProgress());
        aws.verify(1, requested("DescribeRecord").withRequestBody(matchingJsonPath("$.Id", equalTo(RECORD))));
    }

    @Test
    void aSucceededRecordGivesTheAccountIdOutputFromEveryPage() {
        aws.stubFor(operation("DescribeRecord").atPriority(9).willReturn(jsonOk("{\"RecordDetail\":"
                + record("SUCCEEDED", "") + ",\"RecordOutputs\":[{\"OutputKey\":\"AccountEmail\","
                + "\"OutputValue\":\"aws+payments-prod@example.com\"}],\"NextPageToken\":\"out-2\"}")));
        aws.stubFor(operation("DescribeRecord").atPriority(1)
                .withRequestBody(matchingJsonPath("$.PageToken", equalTo("out-2"))).willReturn(jsonOk(
                        "{\"RecordDetail\":" + record("SUCCEEDED", "") + ",\"RecordOutputs\":[{\"OutputKey\":"
                                + "\"AccountId\",\"OutputValue\":\"666666666666\"}]}")));

        assertThat(vendor(3).progress(RECORD)).isEqualTo(VendingProgress.succeeded("666666666666"));
        aws.verify(2, requested("DescribeRecord"));
    }

    @Test
    void aFailedRecordShowsItsErrorsInPlainWords() {
        aws.stubFor(operation("DescribeRecord").willReturn(jsonOk("{\"RecordDetail\":" + record("FAILED",
                ",\"RecordErrors\":[{\"Code\":\"AccountCreationFailed\",\"Description\":\"AccountEmail: the email"
                        + " address is already in use\"}]") + ",\"RecordOutputs\":[]}")));

        VendingProgress progress = vendor(3).progress(RECORD);

        assertThat(progress.state()).isEqualTo(VendingProgress.State.FAILED);
        assertThat(progress.failureReason()).isEqualTo("AccountCreationFailed");
        assertThat(progress.message()).isEqualTo(
                "The Account Factory could not create the account: AccountEmail: the email address is already in use");
    }

    @Test
    void throttlingIsRetriedByTheClientThenSucceeds() {
        stubProvision();
        aws.stubFor(operation("ProvisionProduct").atPriority(1).inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(jsonError(400, "ThrottlingException", "Rate exceeded", "req-throttled"))
                .willSetStateTo("calm"));

        assertThat(vendor(3).start(command)).isEqualTo(RECORD);
        aws.verify(2, requested("ProvisionProduct"));
    }

    @Test
    void http429ThatOutlastsTheRetriesIsRetryable() {
        aws.stubFor(operation("DescribeRecord").willReturn(aResponse().withStatus(429)
                .withHeader("x-amzn-RequestId", "req-429").withBody("")));

        assertThatThrownBy(() -> vendor(2).progress(RECORD)).isInstanceOfSatisfying(VendingException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.awsRequestId()).isEqualTo("req-429");
        });
        aws.verify(2, requested("DescribeRecord"));
    }

    @Test
    void tooManyAccountFactoryRequestsAreRetryable() {
        aws.stubFor(operation("ProvisionProduct").willReturn(jsonError(400, "LimitExceededException",
                "Limit exceeded", "req-limit")));

        assertThatThrownBy(() -> vendor(3).start(command)).isInstanceOfSatisfying(VendingException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).startsWith("Too many Account Factory requests are running");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ResourceNotFoundException|The Account Factory product, version or launch path configured in the portal",
            "InvalidParametersException|The Account Factory refused the request's parameters",
            "DuplicateResourceException|A provisioned product with this account's name already exists"})
    void serviceCatalogRefusalsAreExplainedWithTheRequestId(String type, String words) {
        aws.stubFor(operation("ProvisionProduct").willReturn(jsonError(400, type, "details from AWS", "req-" + type)));

        assertThatThrownBy(() -> vendor(3).start(command)).isInstanceOfSatisfying(VendingException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.code()).isEqualTo(type);
            assertThat(e.getMessage()).startsWith(words).endsWith("(AWS says: details from AWS)");
            assertThat(e.awsRequestId()).isEqualTo("req-" + type);
        });
        aws.verify(1, requested("ProvisionProduct"));
    }
}
