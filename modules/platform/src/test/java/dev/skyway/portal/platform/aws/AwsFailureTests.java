package dev.skyway.portal.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.exception.SdkClientException;

/** The portal's words for each kind of failure, from the service and what was asked. */
class AwsFailureTests {

    static final AwsCall READ = AwsCall.to("AWS Organizations", "read the account list")
            .withRetryNote("the next sync will try again");

    static String message(AwsCall call, int status, String code) {
        return AwsFailure.of(call, AwsErrorKindTests.answer(status, code)).message();
    }

    @Test
    void eachKindIsToldWithTheServiceWhatWasAskedAndWhatAwsSaid() {
        assertThat(message(READ, 400, "TooManyRequestsException")).isEqualTo("AWS Organizations kept throttling the"
                + " portal when asked to read the account list (all retries used); the next sync will try again");
        assertThat(message(READ, 500, "ServiceException")).as("AWS may have acted: no promise to try again")
                .isEqualTo("AWS Organizations had an internal error when asked to read the account list"
                        + " (ServiceException): AWS says no");
        assertThat(message(READ, 400, "AccessDeniedException")).isEqualTo("The portal's AWS role may not read the"
                + " account list in AWS Organizations: AWS says no");
        assertThat(message(READ, 400, "AccountNotFoundException")).isEqualTo("AWS Organizations does not know what"
                + " the portal named when asked to read the account list (deleted, or not visible to the portal's"
                + " role): AWS says no");
        assertThat(message(READ, 400, "InvalidInputException")).isEqualTo("AWS Organizations refused the request to"
                + " read the account list as invalid (InvalidInputException): AWS says no");
        assertThat(message(READ, 400, "ConflictException")).isEqualTo("AWS Organizations refused to read the account"
                + " list (ConflictException): AWS says no");
        assertThat(message(READ, 400, null)).isEqualTo("AWS Organizations refused to read the account list (HTTP 400):"
                + " AWS says no");
    }

    @Test
    void noAnswerKeepsTheClientsReasonAndHasNoRequestId() {
        AwsFailure failure = AwsFailure.of(AwsCall.to("AWS Budgets", "create budget b"),
                SdkClientException.create("Connection refused"));
        assertThat(failure.message()).isEqualTo("Could not reach AWS Budgets to create budget b (Connection refused);"
                + " it will be tried again later");
        assertThat(failure.requestId()).isNull();
        assertThat(failure.errorCode()).isNull();
        assertThat(failure.statusCode()).isZero();
        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void accessDeniedNamesThePermissionsWhenTheCallerKnowsThem() {
        AwsCall call = READ.withPermissions("organizations:List* and ListTagsForResource");
        assertThat(message(call, 403, "AccessDenied")).isEqualTo("The portal's AWS role may not read the account list"
                + " in AWS Organizations (it needs organizations:List* and ListTagsForResource): AWS says no");
    }

    @Test
    void keepsAwsCodeAndRequestIdForSupport() {
        AwsFailure failure = AwsFailure.of(READ, AwsErrorKindTests.answer(400, "ThrottlingException"));
        assertThat(failure.errorCode()).isEqualTo("ThrottlingException");
        assertThat(failure.label()).isEqualTo("ThrottlingException");
        assertThat(failure.requestId()).isEqualTo("req-1");
        assertThat(failure.statusCode()).isEqualTo(400);
        assertThat(failure.detail()).isEqualTo("AWS says no");
        assertThat(AwsFailure.of(READ, AwsErrorKindTests.answer(502, null)).label()).isEqualTo("HTTP 502");
    }

    @Test
    void theRequestIdCanTravelInTheMessageWhereThereIsNoOtherPlaceForIt() {
        assertThat(AwsFailure.of(READ, AwsErrorKindTests.answer(400, "ConflictException")).messageWithRequestId())
                .isEqualTo("AWS Organizations refused to read the account list (ConflictException): AWS says no"
                        + " (AWS request id req-1)");
        AwsFailure noAnswer = AwsFailure.of(READ, SdkClientException.create("Connection refused"));
        assertThat(noAnswer.messageWithRequestId()).isEqualTo(noAnswer.message());
    }

    @Test
    void aCallNeedsAServiceAndAnAction() {
        assertThatThrownBy(() -> AwsCall.to(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AwsCall.to("S3", null)).isInstanceOf(NullPointerException.class);
        assertThat(AwsCall.to("S3", "x").retryNote()).isEqualTo(AwsCall.TRIED_AGAIN_LATER);
    }
}
