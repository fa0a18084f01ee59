package dev.skyway.portal.accounts.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.skyway.portal.accounts.internal.aws.AwsStubs.jsonError;
import static dev.skyway.portal.accounts.internal.aws.AwsStubs.jsonOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * CloseAccount and DescribeAccount against WireMock: already closed is fine, closing quotas in plain words; a closed
 * account is moved from its parent (ListParents) to the configured Suspended OU (MoveAccount), once.
 */
class OrganizationsAccountCloserTests {

    static final String TARGET = "AWSOrganizationsV20161128.";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    AwsClientFactory factory;
    OrganizationsClient client;

    static final String SUSPENDED_OU = "ou-ab12-susp0001";

    OrganizationsAccountCloser closer(int attempts) {
        factory = AwsStubs.factory(aws, attempts);
        client = factory.create(OrganizationsClient.builder());
        return new OrganizationsAccountCloser(client);
    }

    OrganizationsAccountCloser closerWithSuspendedOu() {
        closer(3);
        return new OrganizationsAccountCloser(client, SUSPENDED_OU);
    }

    @Test
    void aClosedAccountIsMovedFromItsParentToTheSuspendedOu() {
        aws.stubFor(operation("CloseAccount").willReturn(jsonOk("{}")));
        aws.stubFor(operation("ListParents").willReturn(jsonOk(
                "{\"Parents\":[{\"Id\":\"ou-ab12-wrk00001\",\"Type\":\"ORGANIZATIONAL_UNIT\"}]}")));
        aws.stubFor(operation("MoveAccount").willReturn(jsonOk("{}")));

        closerWithSuspendedOu().close("555555555555");

        aws.verify(1, AwsStubs.jsonRequested(TARGET, "ListParents")
                .withRequestBody(equalToJson("{\"ChildId\":\"555555555555\"}")));
        aws.verify(1, AwsStubs.jsonRequested(TARGET, "MoveAccount").withRequestBody(equalToJson(
                "{\"AccountId\":\"555555555555\",\"SourceParentId\":\"ou-ab12-wrk00001\","
                        + "\"DestinationParentId\":\"" + SUSPENDED_OU + "\"}")));
    }

    @Test
    void anAccountAlreadyInTheSuspendedOuIsNotMovedAgain() {
        aws.stubFor(operation("CloseAccount").willReturn(jsonError(400, "AccountAlreadyClosedException",
                "You provided an account that is already closed.", "req-closed")));
        aws.stubFor(operation("ListParents").willReturn(jsonOk(
                "{\"Parents\":[{\"Id\":\"" + SUSPENDED_OU + "\",\"Type\":\"ORGANIZATIONAL_UNIT\"}]}")));

        closerWithSuspendedOu().close("555555555555");

        aws.verify(0, AwsStubs.jsonRequested(TARGET, "MoveAccount"));
    }

    @Test
    void anAccountMovedMeanwhileCountsAsMoved() {
        aws.stubFor(operation("CloseAccount").willReturn(jsonOk("{}")));
        aws.stubFor(operation("ListParents").willReturn(jsonOk(
                "{\"Parents\":[{\"Id\":\"ou-ab12-wrk00001\",\"Type\":\"ORGANIZATIONAL_UNIT\"}]}")));
        aws.stubFor(operation("MoveAccount").willReturn(jsonError(400, "DuplicateAccountException",
                "That account is already present in the specified destination.", "req-dup")));

        closerWithSuspendedOu().close("555555555555");

        aws.verify(1, AwsStubs.jsonRequested(TARGET, "MoveAccount"));
    }

    @Test
    void withoutASuspendedOuTheClosedAccountStaysWhereItIs() {
        aws.stubFor(operation("CloseAccount").willReturn(jsonOk("{}")));

        closer(3).close("555555555555");

        aws.verify(0, AwsStubs.jsonRequested(TARGET, "ListParents"));
        aws.verify(0, AwsStubs.jsonRequested(TARGET, "MoveAccount"));
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

    @Test
    void closeSendsCloseAccountForTheAccount() {
        aws.stubFor(operation("CloseAccount").willReturn(jsonOk("{}")));

        closer(3).close("555555555555");

        aws.verify(1, AwsStubs.jsonRequested(TARGET, "CloseAccount")
                .withRequestBody(equalToJson("{\"AccountId\":\"555555555555\"}")));
    }

    @Test
    void closingAnAccountThatIsAlreadyClosedIsNotAnError() {
        aws.stubFor(operation("CloseAccount").willReturn(jsonError(400, "AccountAlreadyClosedException",
                "You provided an account that is already closed.", "req-closed")));

        closer(3).close("555555555555");

        aws.verify(1, AwsStubs.jsonRequested(TARGET, "CloseAccount"));
    }

    @Test
    void theThirtyDayClosingQuotaIsExplainedAndNotRetried() {
        aws.stubFor(operation("CloseAccount").willReturn(jsonError(400, "ConstraintViolationException",
                "You have exceeded close account quota for the past 30 days.", "req-quota",
                ",\"Reason\":\"CLOSE_ACCOUNT_QUOTA_EXCEEDED\"")));

        assertThatThrownBy(() -> closer(3).close("555555555555")).isInstanceOfSatisfying(VendingException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.code()).isEqualTo("CLOSE_ACCOUNT_QUOTA_EXCEEDED");
            assertThat(e.getMessage()).startsWith("The organization has already closed as many accounts as AWS allows");
            assertThat(e.awsRequestId()).isEqualTo("req-quota");
        });
    }

    @Test
    void tooManyClosingsAtOnceIsRetryable() {
        aws.stubFor(operation("CloseAccount").willReturn(jsonError(400, "ConstraintViolationException",
                "Too many close requests.", "req-many", ",\"Reason\":\"CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED\"")));

        assertThatThrownBy(() -> closer(3).close("555555555555")).isInstanceOfSatisfying(VendingException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).startsWith("Too many accounts are being closed at the same time");
        });
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsRetryable() {
        aws.stubFor(operation("CloseAccount").willReturn(jsonError(400, "TooManyRequestsException",
                "Rate exceeded", "req-throttled")));

        assertThatThrownBy(() -> closer(2).close("555555555555")).isInstanceOfSatisfying(VendingException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.awsRequestId()).isEqualTo("req-throttled");
        });
        aws.verify(2, AwsStubs.jsonRequested(TARGET, "CloseAccount"));
    }

    @Test
    void statusIsTheAccountStatusFromDescribeAccount() {
        aws.stubFor(operation("DescribeAccount").willReturn(jsonOk("""
                {"Account":{"Id":"555555555555","Name":"payments-prod","Email":"aws+payments-prod@example.com",
                 "Status":"PENDING_CLOSURE","State":"PENDING_CLOSURE","JoinedMethod":"CREATED"}}""")));

        assertThat(closer(3).status("555555555555")).isEqualTo("PENDING_CLOSURE");
        aws.verify(1, AwsStubs.jsonRequested(TARGET, "DescribeAccount")
                .withRequestBody(equalToJson("{\"AccountId\":\"555555555555\"}")));
    }

    @Test
    void aClosedAccountReportedOnlyByItsNewStateReadsAsSuspended() {
        aws.stubFor(operation("DescribeAccount").willReturn(jsonOk("""
                {"Account":{"Id":"555555555555","Name":"payments-prod","State":"CLOSED"}}""")));

        assertThat(closer(3).status("555555555555")).isEqualTo("SUSPENDED");
    }
}
