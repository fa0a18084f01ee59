package dev.skyway.portal.platform.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.dom.Element;

import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.jobs.SyncStatus;

/** What the sync bar shows for each state, and that "Sync now" starts a sync and is off while one runs here. */
class SyncStatusBarTests {

    static final Instant FINISHED = Instant.parse("2026-05-01T10:00:05Z");

    final AtomicReference<SyncStatus> status = new AtomicReference<>(SyncStatus.never());
    final AtomicBoolean runningHere = new AtomicBoolean();
    final AtomicInteger starts = new AtomicInteger();

    SyncStatusBar bar() {
        return new SyncStatusBar("thing-sync", status::get, runningHere::get, () -> {
            starts.incrementAndGet();
            runningHere.set(true);
        }, null);
    }

    @Test
    void aSyncThatNeverRanSaysSo() {
        SyncStatusBar bar = bar();

        assertThat(bar.shownState()).isEqualTo(SyncState.NEVER);
        assertThat(bar.summary()).isEqualTo("The first sync has not run yet.");
        assertThat(bar.getId()).contains("thing-sync");
        assertThat(bar.syncNow().getId()).contains("thing-sync-now");
        assertThat(bar.syncNow().isEnabled()).isTrue();
    }

    @Test
    void aSuccessShowsWhenFromWhereAndWhat() {
        status.set(new SyncStatus(SyncState.SUCCEEDED, "sandbox", FINISHED.minusSeconds(5), FINISHED, FINISHED,
                "6 products in 3 portfolios", null, 6));

        assertThat(bar().summary()).isEqualTo("Last sync 2026-05-01 10:00:05 Z from sandbox: 6 products in 3 portfolios");
    }

    @Test
    void aFailureShowsTheMessageAndTheAwsRequestIdAndTheDetailsKeepTheLastSuccess() {
        status.set(new SyncStatus(SyncState.FAILED, "aws", FINISHED.minusSeconds(5), FINISHED,
                Instant.parse("2026-04-30T10:00:00Z"), "Rate exceeded", "req-42", 6));

        SyncStatusBar bar = bar().withDetails();

        assertThat(bar.shownState()).isEqualTo(SyncState.FAILED);
        assertThat(bar.summary()).isEqualTo("Last sync failed 2026-05-01 10:00:05 Z: Rate exceeded (AWS request id req-42)");
        assertThat(texts(bar)).contains("Last success: ", "2026-04-30 10:00:00 Z", "Error: ", "AWS request id: ",
                "req-42");
    }

    @Test
    void syncNowStartsASyncAndIsOffWhileItRunsHere() {
        status.set(new SyncStatus(SyncState.SUCCEEDED, "sandbox", FINISHED, FINISHED, FINISHED, "ok", null, 1));
        SyncStatusBar bar = bar();

        bar.syncNow().click();

        assertThat(starts).hasValue(1);
        assertThat(bar.shownState()).isEqualTo(SyncState.RUNNING);
        assertThat(bar.summary()).isEqualTo("Sync running…");
        assertThat(bar.syncNow().isEnabled()).isFalse();
    }

    @Test
    void aRunningRowLeftByAnotherReplicaShowsRunningButDoesNotLockTheButton() {
        status.set(new SyncStatus(SyncState.RUNNING, "aws", FINISHED, null, null, null, null, null));

        SyncStatusBar bar = bar();

        assertThat(bar.shownState()).isEqualTo(SyncState.RUNNING);
        assertThat(bar.syncNow().isEnabled()).isTrue();
    }

    private static List<String> texts(SyncStatusBar bar) {
        return bar.getElement().getChildren().flatMap(SyncStatusBarTests::descendants)
                .filter(e -> !e.isTextNode() && "span".equals(e.getTag())).map(Element::getText).toList();
    }

    private static Stream<Element> descendants(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren()
                .flatMap(SyncStatusBarTests::descendants));
    }
}
