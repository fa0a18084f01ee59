package dev.skyway.portal.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The classification table, on exceptions as the SDK builds them from AWS's answers (all protocols end up here). */
class AwsErrorKindTests {

    static AwsServiceException answer(int status, String code) {
        return AwsServiceException.builder().statusCode(status).requestId("req-1").message("AWS says no")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("AWS says no").build())
                .build();
    }

    @ParameterizedTest(name = "HTTP {0} {1} is {2}")
    @CsvSource({
            "400, ThrottlingException,           THROTTLED",
            "400, TooManyRequestsException,      THROTTLED",
            "400, Throttling,                    THROTTLED",
            "503, RequestLimitExceeded,          THROTTLED",
            "503, SlowDown,                      THROTTLED",
            "429,                              , THROTTLED",
            "500, InternalFailure,               SERVER_ERROR",
            "502,                              , SERVER_ERROR",
            "403, AccessDenied,                  ACCESS_DENIED",
            "400, AccessDeniedException,         ACCESS_DENIED",
            "403, UnauthorizedOperation,         ACCESS_DENIED",
            "400, ResourceNotFoundException,     NOT_FOUND",
            "400, StackSetNotFoundException,     NOT_FOUND",
            "400, InvalidVpcID.NotFound,         NOT_FOUND",
            "400, ParameterNotFound,             NOT_FOUND",
            "404, NoSuchEntity,                  NOT_FOUND",
            "404,                              , NOT_FOUND",
            "400, ValidationException,           INVALID_INPUT",
            "400, ValidationError,               INVALID_INPUT",
            "400, InvalidParametersException,    INVALID_INPUT",
            "400, InvalidParameterValue,         INVALID_INPUT",
            "400, InvalidInputException,         INVALID_INPUT",
            "400, ConflictException,             OTHER",
            "400, DuplicateResourceException,    OTHER",
            "400, LimitExceededException,        OTHER",
            "403, ExpiredTokenException,         OTHER",
            "400,                              , OTHER"})
    void classifiesAwsAnswers(int status, String code, AwsErrorKind kind) {
        assertThat(AwsErrorKind.of(answer(status, code))).isEqualTo(kind);
    }

    @Test
    void noAnswerIsUnreachableAndAnythingElseIsOther() {
        assertThat(AwsErrorKind.of(SdkClientException.create("Connection refused"))).isEqualTo(AwsErrorKind.UNREACHABLE);
        assertThat(AwsErrorKind.of(ApiCallTimeoutException.create(1000))).isEqualTo(AwsErrorKind.UNREACHABLE);
        assertThat(AwsErrorKind.of(new IllegalStateException("not from AWS"))).isEqualTo(AwsErrorKind.OTHER);
    }

    @Test
    void onlyThrottlingInternalErrorsAndNoAnswerAreTransient() {
        assertThat(AwsErrorKind.values()).filteredOn(AwsErrorKind::isTransient)
                .containsExactly(AwsErrorKind.THROTTLED, AwsErrorKind.SERVER_ERROR, AwsErrorKind.UNREACHABLE);
    }
}
