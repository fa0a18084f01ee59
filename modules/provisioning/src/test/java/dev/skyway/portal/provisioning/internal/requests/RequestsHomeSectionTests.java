package dev.skyway.portal.provisioning.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.platform.home.HomeCard;
import dev.skyway.portal.platform.home.HomeCard.HomeFigure;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.ProvisionedResources;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.testsupport.TestUsers;

class RequestsHomeSectionTests {

    @Test
    void theCardTakesItsFiguresFromTheCountsAndReadsTheFiveMostUrgentRequestsWithTheirApprovalStagesOnly() {
        PortalUser erin = TestUsers.user("erin", Role.ENGINEER);
        ProductRequests requests = mock(ProductRequests.class);
        RequestReads reads = mock(RequestReads.class);
        // far more requests than are shown: 4 failed, 900 waiting for approval, 2 sent back, 3 provisioning,
        // 5,000 provisioned (finished: not open)
        when(reads.countsByStatus(erin.key())).thenReturn(Map.of(RequestStatus.FAILED, 4,
                RequestStatus.PENDING_APPROVAL, 900, RequestStatus.CHANGES_REQUESTED, 2,
                RequestStatus.PROVISIONING, 3, RequestStatus.PROVISIONED, 5_000));
        List<ProductRequest> shown = IntStream.range(0, 5).mapToObj(i -> request(RequestStatus.FAILED)).toList();
        when(reads.requestsFirstIn(erin.key(), RequestsHomeSection.OPEN, RequestsHomeSection.URGENCY,
                RequestsHomeSection.SHOWN)).thenReturn(shown);
        when(requests.processesOf(any())).thenReturn(Map.of());

        HomeCard card = new RequestsHomeSection(requests, reads, mock(ProvisionedResources.class)).cards(erin)
                .getFirst();

        verify(requests).processesOf(shown);
        assertThat(card.items()).hasSize(5);
        assertThat(card.figures()).extracting(HomeFigure::label, HomeFigure::value).containsExactly(
                tuple("Open requests", "905"), tuple("Awaiting approval", "900"), tuple("Sent back to you", "2"),
                tuple("Failed", "4"));
    }

    @Test
    void openMeansNotFinishedOrFailedAndTheMostUrgentAreFailedThenSentBackThenWaiting() {
        assertThat(RequestsHomeSection.OPEN).containsExactlyInAnyOrder(RequestStatus.PENDING_APPROVAL,
                RequestStatus.CHANGES_REQUESTED, RequestStatus.APPROVED, RequestStatus.PROVISIONING,
                RequestStatus.FAILED, RequestStatus.TERMINATING);
        assertThat(RequestsHomeSection.URGENCY).containsExactly(RequestStatus.FAILED,
                RequestStatus.CHANGES_REQUESTED, RequestStatus.PENDING_APPROVAL);
    }

    private static ProductRequest request(RequestStatus status) {
        ProductRequest request = mock(ProductRequest.class, RETURNS_DEEP_STUBS);
        when(request.id()).thenReturn(UUID.randomUUID());
        when(request.status()).thenReturn(status);
        when(request.processId()).thenReturn(UUID.randomUUID());
        return request;
    }
}
