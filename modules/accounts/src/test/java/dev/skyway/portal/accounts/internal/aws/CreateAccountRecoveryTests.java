package dev.skyway.portal.accounts.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.skyway.portal.accounts.internal.aws.AwsStubs.jsonOk;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.skyway.portal.accounts.internal.vending.Recovery;
import dev.skyway.portal.accounts.internal.vending.VendingCommand;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * How the Organizations adapter finds the account of a {@code CreateAccount} whose answer was lost, against WireMock
 * speaking Organizations' JSON protocol ({@code ListAccounts}, {@code ListCreateAccountStatus}): by the account's root
 * email (unique in an organization) and a join time at or after the moment the call was recorded as sent, never by
 * the account name (not unique); several or no candidates are reported, never guessed, and nothing is created.
 */
class CreateAccountRecoveryTests {

    static final String TARGET = "AWSOrganizationsV20161128.";
    static final Instant SENT = Instant.parse("2026-05-01T10:00:00Z");
    static final String EMAIL = "aws+payments-prod@example.com";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    final VendingCommand command = new VendingCommand("payments-prod", EMAIL, "ou-ab12-wrk00001", "Workloads",
            "dev@example.com", "Dana", "Dev", Map.of("owner-team", "payments"), "9f1c2d3e-idem");

    AwsClientFactory factory;
    OrganizationsClient client;

    OrganizationsAccountVendor vendor() {
        factory = AwsStubs.factory(aws, 3);
        client = factory.create(OrganizationsClient.builder());
        return new OrganizationsAccountVendor(client);
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
            factory.close();
        }
    }

    @Test
    void theAccountWithTheRequestsEmailThatJoinedAfterTheCallWasSentIsFoundWithItsCreationRequest() {
        stubAccounts(account("111111111111", "payments-prod", "someone-else@example.com", SENT.plusSeconds(60)),
                "\"NextToken\":\"page-2\"");
        aws.stubFor(operation("ListAccounts").atPriority(1)
                .withRequestBody(matchingJsonPath("$.NextToken", equalTo("page-2")))
                .willReturn(jsonOk("{\"Accounts\":[" + account("555555555555", "payments-prod", EMAIL.toUpperCase(),
                        SENT.plusSeconds(90)) + "]}")));
        stubCreations(creation("car-stranger", "111111111111") + "," + creation("car-ours", "555555555555"));

        Recovery found = vendor().find(command, SENT);

        assertThat(found).isInstanceOfSatisfying(Recovery.Found.class, f -> {
            assertThat(f.operationId()).isEqualTo("car-ours");
            assertThat(f.explanation()).contains("555555555555", EMAIL);
        });
        aws.verify(1, requested("ListAccounts").withRequestBody(matchingJsonPath("$.NextToken", absent())));
        aws.verify(1, requested("ListCreateAccountStatus").withRequestBody(
                matchingJsonPath("$.States", equalToJson("[\"SUCCEEDED\"]"))));
        aws.verify(0, requested("CreateAccount"));
    }

    @Test
    void anAccountWithTheSameNameButAnotherEmailIsNeverAdopted() {
        stubAccounts(account("111111111111", "payments-prod", "stranger@example.com", SENT.plusSeconds(60)), null);
        stubCreations(creation("car-stranger", "111111111111"));

        Recovery found = vendor().find(command, SENT);

        assertThat(found).isInstanceOfSatisfying(Recovery.NotFound.class,
                n -> assertThat(n.explanation()).contains(EMAIL, SENT.toString()));
        aws.verify(0, requested("CreateAccount"));
    }

    @Test
    void anAccountWithTheEmailThatJoinedBeforeTheCallWasSentIsNotThisRequests() {
        stubAccounts(account("111111111111", "payments-prod", EMAIL, SENT.minusSeconds(1)), null);

        assertThat(vendor().find(command, SENT)).isInstanceOf(Recovery.NotFound.class);
    }

    @Test
    void noCandidateIsReportedAsNotFoundWithoutCreatingAnything() {
        stubAccounts("", null);

        assertThat(vendor().find(command, SENT)).isInstanceOf(Recovery.NotFound.class);
        aws.verify(0, requested("ListCreateAccountStatus"));
        aws.verify(0, requested("CreateAccount"));
    }

    @Test
    void twoCandidatesAreAmbiguousAndNamed() {
        stubAccounts(account("111111111111", "payments-prod", EMAIL, SENT.plusSeconds(10)) + ","
                + account("222222222222", "payments-prod", EMAIL, SENT.plusSeconds(20)), null);

        Recovery found = vendor().find(command, SENT);

        assertThat(found).isInstanceOfSatisfying(Recovery.Ambiguous.class,
                a -> assertThat(a.explanation()).contains("2 accounts", "111111111111", "222222222222"));
        aws.verify(0, requested("CreateAccount"));
    }

    @Test
    void aCandidateWithoutItsCreationRequestIsAmbiguous() {
        stubAccounts(account("555555555555", "payments-prod", EMAIL, SENT.plusSeconds(10)), null);
        stubCreations(creation("car-other", "999999999999"));

        assertThat(vendor().find(command, SENT)).isInstanceOfSatisfying(Recovery.Ambiguous.class,
                a -> assertThat(a.explanation()).contains("555555555555", "0 successful creation requests"));
    }

    private void stubAccounts(String accounts, String extra) {
        aws.stubFor(operation("ListAccounts").atPriority(9).willReturn(jsonOk("{\"Accounts\":[" + accounts + "]"
                + (extra == null ? "" : "," + extra) + "}")));
    }

    private void stubCreations(String statuses) {
        aws.stubFor(operation("ListCreateAccountStatus").willReturn(jsonOk("{\"CreateAccountStatuses\":["
                + statuses + "]}")));
    }

    /** An element of ListAccounts' {@code Accounts}, as AWS documents it (timestamps in epoch seconds). */
    private static String account(String id, String name, String email, Instant joined) {
        return """
                {"Id":"%s","Arn":"arn:aws:organizations::000000000000:account/o-exampleorgid/%s","Name":"%s",\
                "Email":"%s","Status":"ACTIVE","State":"ACTIVE","JoinedMethod":"CREATED","JoinedTimestamp":%d}"""
                .formatted(id, id, name, email, joined.getEpochSecond());
    }

    private static String creation(String id, String accountId) {
        return """
                {"Id":"%s","AccountName":"payments-prod","State":"SUCCEEDED","AccountId":"%s",\
                "RequestedTimestamp":1.7776E9,"CompletedTimestamp":1.7776001E9}""".formatted(id, accountId);
    }

    private static MappingBuilder operation(String name) {
        return AwsStubs.jsonOperation(TARGET, name);
    }

    private static RequestPatternBuilder requested(String name) {
        return AwsStubs.jsonRequested(TARGET, name);
    }
}
