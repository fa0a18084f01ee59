package dev.skyway.portal.cost;

import static dev.skyway.portal.cost.RecommendationStatus.ACCEPTED;
import static dev.skyway.portal.cost.RecommendationStatus.DISMISSED;
import static dev.skyway.portal.cost.RecommendationStatus.DONE;
import static dev.skyway.portal.cost.RecommendationStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The moves a recommendation may make from each status, and the ones it refuses. */
class RecommendationLifecycleTests {

    static RecommendationLifecycle at(RecommendationStatus status) {
        return new RecommendationLifecycle(status);
    }

    @Test
    void anOpenRecommendationMayBeAcceptedOrDismissedOnly() {
        assertThat(at(OPEN).allowed()).containsExactly(RecommendationAction.ACCEPT, RecommendationAction.DISMISS);
        assertThat(at(OPEN).accept()).isEqualTo(new RecommendationTransition(RecommendationAction.ACCEPT, OPEN,
                ACCEPTED, null));
        assertThat(at(OPEN).dismiss("  we need the headroom  ").reason()).isEqualTo("we need the headroom");
        assertThatThrownBy(() -> at(OPEN).done()).isInstanceOf(RecommendationTransitionException.class)
                .hasMessage("This recommendation is OPEN and cannot be marked done");
        assertThatThrownBy(() -> at(OPEN).reopen()).isInstanceOf(RecommendationTransitionException.class);
    }

    @Test
    void anAcceptedRecommendationMayBeDoneDismissedOrReopened() {
        assertThat(at(ACCEPTED).allowed()).containsExactly(RecommendationAction.DONE, RecommendationAction.DISMISS,
                RecommendationAction.REOPEN);
        RecommendationTransition done = at(ACCEPTED).done();
        assertThat(done.to()).isEqualTo(DONE);
        assertThat(done.startsMeasuring()).isTrue();
        assertThat(at(ACCEPTED).reopen().to()).isEqualTo(OPEN);
        assertThat(at(ACCEPTED).dismiss("instance is being retired").to()).isEqualTo(DISMISSED);
        assertThatThrownBy(() -> at(ACCEPTED).accept()).isInstanceOf(RecommendationTransitionException.class);
    }

    @Test
    void aDismissedRecommendationMayOnlyBeReopened() {
        assertThat(at(DISMISSED).allowed()).containsExactly(RecommendationAction.REOPEN);
        RecommendationTransition reopened = at(DISMISSED).reopen();
        assertThat(reopened.to()).isEqualTo(OPEN);
        assertThat(reopened.reason()).isNull();
        assertThat(reopened.startsMeasuring()).isFalse();
        assertThatThrownBy(() -> at(DISMISSED).dismiss("again")).isInstanceOf(RecommendationTransitionException.class);
    }

    @Test
    void doneIsFinal() {
        assertThat(at(DONE).allowed()).isEmpty();
        for (RecommendationAction action : RecommendationAction.values()) {
            assertThat(at(DONE).allows(action)).isFalse();
        }
        assertThatThrownBy(() -> at(DONE).reopen()).isInstanceOf(RecommendationTransitionException.class)
                .hasMessage("This recommendation is DONE and cannot be reopened: done is final")
                .satisfies(e -> {
                    RecommendationTransitionException refused = (RecommendationTransitionException) e;
                    assertThat(refused.from()).isEqualTo(DONE);
                    assertThat(refused.action()).isEqualTo(RecommendationAction.REOPEN);
                });
    }

    @Test
    void dismissingNeedsAReasonOfAtMost2000Characters() {
        assertThatThrownBy(() -> at(OPEN).dismiss(null)).isInstanceOf(InvalidCostQueryException.class)
                .satisfies(e -> assertThat(((InvalidCostQueryException) e).problems()).containsKey("reason"));
        assertThatThrownBy(() -> at(OPEN).dismiss("   ")).isInstanceOf(InvalidCostQueryException.class);
        assertThatThrownBy(() -> at(OPEN).dismiss("x".repeat(2001))).isInstanceOf(InvalidCostQueryException.class)
                .hasMessage("reason must be at most 2000 characters");
        assertThat(at(OPEN).dismiss("x".repeat(2000)).reason()).hasSize(2000);
    }

    @Test
    void aBadReasonIsReportedBeforeTheStatusIsChecked() {
        // a blank reason is the caller's input error whatever the status: 400 rather than 409
        assertThatThrownBy(() -> at(DONE).dismiss("")).isInstanceOf(InvalidCostQueryException.class);
    }

    @Test
    void filtersAreParsedFromRequestParametersWithAProblemPerParameter() {
        assertThat(RecommendationFilter.parse("open", " rightsize ", " 382272806015 "))
                .isEqualTo(new RecommendationFilter(OPEN, RecommendationKind.RIGHTSIZE, "382272806015"));
        assertThat(RecommendationFilter.parse("", null, " ")).isEqualTo(RecommendationFilter.ALL);
        assertThatThrownBy(() -> RecommendationFilter.parse("closed", "resize", "x y"))
                .isInstanceOf(InvalidCostQueryException.class)
                .satisfies(e -> assertThat(((InvalidCostQueryException) e).problems())
                        .containsOnlyKeys("status", "kind", "SubAccountId")
                        .containsEntry("status", "must be one of OPEN, ACCEPTED, DONE, DISMISSED"));
    }
}
