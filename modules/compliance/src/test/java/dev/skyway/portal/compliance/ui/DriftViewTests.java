package dev.skyway.portal.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;

import dev.skyway.portal.compliance.internal.aws.PropertyDrift;
import dev.skyway.portal.compliance.internal.drift.DriftCheck;
import dev.skyway.portal.compliance.internal.drift.DriftService;
import dev.skyway.portal.compliance.internal.drift.DriftedResource;
import dev.skyway.portal.compliance.internal.drift.StackDrift;

/**
 * The drift page over a stubbed service: drifted stacks with their property diff (expected beside actual), "Check
 * now" for who may check, and the progress of a running check, polled until it ends.
 */
class DriftViewTests extends BrowserlessTest {

    static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");
    static final String WEB = "arn:aws:cloudformation:eu-west-1:382272806015:stack/SC-382272806015-pp-web/0a1b";
    static final String SITE = "arn:aws:cloudformation:eu-west-1:382272806015:stack/SC-382272806015-pp-site/0a1c";

    final DriftService drift = mock(DriftService.class);
    final dev.skyway.portal.compliance.internal.drift.DriftSchedule schedule = mock(
            dev.skyway.portal.compliance.internal.drift.DriftSchedule.class);

    static DriftCheck check(String arn, String status, String driftStatus) {
        return new DriftCheck(UUID.randomUUID(), arn, arn.split("/")[1], "382272806015", "eu-west-1", null, status,
                driftStatus, driftStatus == null ? null : "DRIFTED".equals(driftStatus) ? 1 : 0, null, "system", AT,
                driftStatus == null ? null : AT);
    }

    static final StackDrift DRIFTED = new StackDrift(check(WEB, DriftCheck.COMPLETE, "DRIFTED"), null, List.of(
            new DriftedResource("Bucket", "web-assets", "AWS::S3::Bucket", "MODIFIED", List.of(new PropertyDrift(
                    "/VersioningConfiguration/Status", "\"Enabled\"", "\"Suspended\"", "NOT_EQUAL")), AT),
            new DriftedResource("DeadLetterQueue", "orders-dlq", "AWS::SQS::Queue", "DELETED", List.of(), AT)));
    static final StackDrift IN_SYNC = new StackDrift(check(SITE, DriftCheck.COMPLETE, "IN_SYNC"), null, List.of());

    @Test
    void listsStacksDriftedFirstWithTheirPropertyDiff() {
        when(drift.stacks(any())).thenReturn(List.of(DRIFTED, IN_SYNC));
        DriftView view = open();

        assertThat(view.grid.isVisible()).isTrue();
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("SC-382272806015-pp-web");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("2");
        String diff = DriftDiff.of(DRIFTED).getElement().getTextRecursively();
        assertThat(diff).contains("Bucket · AWS::S3::Bucket · web-assets", "Modified", "DeadLetterQueue", "Deleted",
                "Deleted outside CloudFormation");
        com.vaadin.flow.component.html.Div box = DriftDiff.of(DRIFTED);
        UI.getCurrent().add(box);
        com.vaadin.flow.component.grid.Grid<?> properties = box.getChildren().findFirst().orElseThrow()
                .getChildren().filter(c -> c instanceof com.vaadin.flow.component.grid.Grid).map(c ->
                        (com.vaadin.flow.component.grid.Grid<?>) c).findFirst().orElseThrow();
        assertThat(test(properties).getCellText(0, 0)).isEqualTo("/VersioningConfiguration/Status");
        assertThat(test(properties).getCellText(0, 1)).isEqualTo("\"Enabled\"");
        assertThat(test(properties).getCellText(0, 2)).isEqualTo("\"Suspended\"");
        assertThat(DriftBadges.status("DRIFTED").getText()).isEqualTo("Drifted");
    }

    @Test
    void checkNowShowsProgressUntilTheCheckEnds() {
        when(drift.stacks(any())).thenReturn(List.of(DRIFTED));
        when(drift.mayCheck(any())).thenReturn(true);
        DriftView view = open();
        when(drift.stacks(any())).thenReturn(List.of(new StackDrift(DRIFTED.last(),
                check(WEB, DriftCheck.IN_PROGRESS, null), DRIFTED.drifted())));

        view.checkNow(DRIFTED);

        verify(drift).requestCheck(WEB, null);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DriftView.POLL_MILLIS);
        assertThat(test(view.grid).getCellText(0, 6)).startsWith("Checking");
        when(drift.stacks(any())).thenReturn(List.of(DRIFTED));
        view.refresh();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void securitySeesTheScheduledCheckOfEveryStackWithItsStatus() {
        when(drift.stacks(any())).thenReturn(List.of(IN_SYNC));
        when(schedule.mayStart()).thenReturn(true);
        when(schedule.status()).thenReturn(dev.skyway.portal.platform.jobs.SyncStatus.never());
        DriftView view = open();
        assertThat(view.getChildren().anyMatch(c -> "drift-schedule".equals(c.getId().orElse(null)))).isTrue();

        when(schedule.mayStart()).thenReturn(false);
        assertThat(open().getChildren().anyMatch(c -> "drift-schedule".equals(c.getId().orElse(null)))).isFalse();
    }

    @Test
    void anEmptyStateWithoutChecks() {
        when(drift.stacks(any())).thenReturn(List.of());
        DriftView view = open();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
    }

    private DriftView open() {
        DriftView view = new DriftView(drift, schedule);
        UI.getCurrent().add(view);
        return view;
    }
}
