package dev.skyway.portal.compliance.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.skyway.portal.compliance.internal.aws.AwsStubs.json;
import static dev.skyway.portal.compliance.internal.aws.AwsStubs.restJsonError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/** BatchUpdateFindings ({@code PATCH /findings/batchupdate}) through a real Security Hub client against WireMock. */
class SecurityHubWaiverMirrorTests {

    static final String PRODUCT = "arn:aws:securityhub:eu-central-1::product/aws/securityhub";
    static final WaiverNote NOTE = new WaiverNote("W-17", LocalDate.of(2026, 9, 30), "security@example.com",
            "Bucket serves the public website; CloudFront OAC in front");

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    final AwsStubs.Pauses pauses = new AwsStubs.Pauses();
    AwsClientFactory factory;

    SecurityHubWaiverMirror mirror(int attempts) {
        factory = AwsStubs.factory(aws, attempts);
        return new SecurityHubWaiverMirror(factory.create(SecurityHubClient.builder()),
                new SecurityHubRequests(pauses.clock, pauses));
    }

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void suppressesAWaiversFindingsAHundredPerCallAndReportsWhatSecurityHubCouldNotUpdate() {
        List<HubFindingRef> findings = findings(230);
        aws.stubFor(batchUpdate().inScenario("batches").whenScenarioStateIs(STARTED)
                .willReturn(json(answer(findings.subList(0, 100), List.of()))).willSetStateTo("second"));
        aws.stubFor(batchUpdate().inScenario("batches").whenScenarioStateIs("second")
                .willReturn(json(answer(findings.subList(100, 200), List.of()))).willSetStateTo("third"));
        aws.stubFor(batchUpdate().inScenario("batches").whenScenarioStateIs("third")
                .willReturn(json(answer(findings.subList(200, 228), findings.subList(228, 230)))));

        HubMirrorResult result = mirror(3).suppress(findings, NOTE);

        assertThat(result.processed()).hasSize(228).containsExactlyElementsOf(findings.subList(0, 228));
        assertThat(result.complete()).isFalse();
        assertThat(result.unprocessed()).containsExactly(
                new HubUnprocessedFinding(findings.get(228), "FindingNotFound", "Finding Not Found"),
                new HubUnprocessedFinding(findings.get(229), "FindingNotFound", "Finding Not Found"));
        aws.verify(2, updated().withRequestBody(matchingJsonPath("$.FindingIdentifiers.length()", equalTo("100"))));
        aws.verify(1, updated().withRequestBody(matchingJsonPath("$.FindingIdentifiers.length()", equalTo("30"))));
        aws.verify(3, updated().withRequestBody(matchingJsonPath("$.Workflow.Status", equalTo("SUPPRESSED")))
                .withRequestBody(matchingJsonPath("$.Note.Text", equalTo("Suppressed by Skyway waiver W-17 until "
                        + "2026-09-30: Bucket serves the public website; CloudFront OAC in front")))
                .withRequestBody(matchingJsonPath("$.Note.UpdatedBy", equalTo("security@example.com"))));
    }

    @Test
    void reopensTheFindingsWhenTheWaiverExpires() {
        aws.stubFor(batchUpdate().willReturn(json(answer(findings(1), List.of()))));

        HubMirrorResult result = mirror(3).reopen(findings(1), NOTE, "expired on 2026-09-30",
                SecurityHubWaiverMirror.Reopen.NEW);

        assertThat(result.complete()).isTrue();
        aws.verify(1, updated().withRequestBody(equalToJson("""
                {"FindingIdentifiers":[{"Id":"%s","ProductArn":"%s"}],
                 "Note":{"Text":"Skyway waiver W-17 (until 2026-09-30) expired on 2026-09-30; the finding counts again.",
                         "UpdatedBy":"security@example.com"},
                 "Workflow":{"Status":"NEW"}}""".formatted(findings(1).getFirst().id(), PRODUCT))));
    }

    @Test
    void aLongReasonIsShortenedToSecurityHubsLimitAndDuplicatesAreSentOnce() {
        aws.stubFor(batchUpdate().willReturn(json(answer(findings(1), List.of()))));
        WaiverNote note = new WaiverNote("W-18", LocalDate.of(2026, 9, 30), "security@example.com", "x".repeat(600));

        mirror(3).suppress(List.of(findings(1).getFirst(), findings(1).getFirst()), note);

        assertThat(note.suppressedText()).hasSize(512).startsWith("Suppressed by Skyway waiver W-18 until 2026-09-30: xxx")
                .endsWith("x…");
        aws.verify(1, updated().withRequestBody(matchingJsonPath("$.Note.Text", equalTo(note.suppressedText())))
                .withRequestBody(matchingJsonPath("$.FindingIdentifiers.length()", equalTo("1"))));
    }

    @Test
    void aThrottledBatchIsSentAgainAfterABackoff() {
        aws.stubFor(batchUpdate().inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(restJsonError(429, "TooManyRequestsException", "Rate exceeded")).willSetStateTo("calm"));
        aws.stubFor(batchUpdate().inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(json(answer(findings(3), List.of()))));

        assertThat(mirror(1).suppress(findings(3), NOTE).processed()).hasSize(3);
        assertThat(pauses.pauses).hasSize(1);
        aws.verify(2, updated());
    }

    @Test
    void aFailedBatchTellsWhatWasAppliedBeforeItAndWhatWasNotSent() {
        List<HubFindingRef> findings = findings(230);
        aws.stubFor(batchUpdate().inScenario("batches").whenScenarioStateIs(STARTED)
                .willReturn(json(answer(findings.subList(0, 100), List.of()))).willSetStateTo("second"));
        aws.stubFor(batchUpdate().inScenario("batches").whenScenarioStateIs("second")
                .willReturn(restJsonError(401, "InvalidAccessException",
                        "Account 111111111111 is not subscribed to AWS Security Hub")));

        assertThatThrownBy(() -> mirror(3).suppress(findings, NOTE))
                .isInstanceOfSatisfying(HubMirrorException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(AwsErrorKind.OTHER);
                    assertThat(e.getMessage()).contains("suppress the findings of waiver W-17",
                            "InvalidAccessException", "not subscribed");
                    assertThat(e.doneSoFar().processed()).containsExactlyElementsOf(findings.subList(0, 100));
                    assertThat(e.notSent()).containsExactlyElementsOf(findings.subList(100, 230));
                });
        aws.verify(2, updated());
    }

    @Test
    void noFindingsNoCall() {
        assertThat(mirror(3).suppress(List.of(), NOTE)).isEqualTo(HubMirrorResult.NOTHING);
        aws.verify(0, updated());
    }

    private static List<HubFindingRef> findings(int count) {
        return IntStream.range(0, count).mapToObj(i -> new HubFindingRef("arn:aws:securityhub:eu-central-1:"
                + "222222222222:security-control/S3.8/finding/00000000-0000-4000-8000-" + "%012d".formatted(i),
                PRODUCT)).toList();
    }

    /** {@code BatchUpdateFindings}' answer: processed and unprocessed identifiers. */
    private static String answer(List<HubFindingRef> processed, List<HubFindingRef> unprocessed) {
        return "{\"ProcessedFindings\":[" + processed.stream().map(SecurityHubWaiverMirrorTests::identifier)
                .collect(Collectors.joining(",")) + "],\"UnprocessedFindings\":[" + unprocessed.stream()
                .map(f -> "{\"FindingIdentifier\":" + identifier(f)
                        + ",\"ErrorCode\":\"FindingNotFound\",\"ErrorMessage\":\"Finding Not Found\"}")
                .collect(Collectors.joining(",")) + "]}";
    }

    private static String identifier(HubFindingRef f) {
        return "{\"Id\":\"" + f.id() + "\",\"ProductArn\":\"" + f.productArn() + "\"}";
    }

    private static MappingBuilder batchUpdate() {
        return patch(urlEqualTo("/findings/batchupdate"));
    }

    private static RequestPatternBuilder updated() {
        return patchRequestedFor(urlEqualTo("/findings/batchupdate"));
    }
}
