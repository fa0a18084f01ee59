package dev.skyway.portal.provisioning.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.mockito.ArgumentCaptor;

import dev.skyway.portal.platform.home.HomeCard;
import dev.skyway.portal.platform.home.HomeCard.HomeFigure;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.ProvisionedResources;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.testsupport.TestUsers;

class RequestsHomeSectionTests {

    @Test
    void theCardCountsEveryOpenRequestButReadsTheApprovalStagesOfTheFiveItShowsOnly() {
        ProductRequests requests = mock(ProductRequests.class);
        // twelve open requests, newest first: every third failed (4), the others waiting for approval (8)
        List<ProductRequest> mine = IntStream.range(0, 12)
                .mapToObj(i -> request(i % 3 == 0 ? RequestStatus.FAILED : RequestStatus.PENDING_APPROVAL)).toList();
        when(requests.mine(null, 0, 200)).thenReturn(mine);
        when(requests.processesOf(any())).thenReturn(Map.of());

        HomeCard card = new RequestsHomeSection(requests, mock(ProvisionedResources.class))
                .cards(TestUsers.user("erin", Role.ENGINEER)).getFirst();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<ProductRequest>> read = ArgumentCaptor.forClass(List.class);
        verify(requests).processesOf(read.capture());
        assertThat(read.getValue()).containsExactly(mine.get(0), mine.get(3), mine.get(6), mine.get(9), mine.get(1));
        assertThat(card.items()).hasSize(5);
        assertThat(card.figures()).extracting(HomeFigure::label, HomeFigure::value).contains(
                org.assertj.core.groups.Tuple.tuple("Awaiting approval", "8"),
                org.assertj.core.groups.Tuple.tuple("Failed", "4"));
    }

    private static ProductRequest request(RequestStatus status) {
        ProductRequest request = mock(ProductRequest.class, RETURNS_DEEP_STUBS);
        when(request.id()).thenReturn(UUID.randomUUID());
        when(request.status()).thenReturn(status);
        when(request.processId()).thenReturn(UUID.randomUUID());
        return request;
    }
}
