package dev.skyway.portal.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;

import dev.skyway.portal.compliance.internal.drops.DropSchedule;
import dev.skyway.portal.compliance.internal.drops.DroppedFiles;
import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.jobs.SyncStatus;

/**
 * The findings drops card over a stubbed schedule: where files are dropped, the drop job's last run, and the files it
 * took with their import's outcome (a refused one says why); without a location it says what to set.
 */
class FindingDropsCardTests extends BrowserlessTest {

    static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    final DropSchedule schedule = mock(DropSchedule.class);

    @Test
    void showsTheLastRunAndTheFilesTakenWithTheirImports() {
        when(schedule.where()).thenReturn(Optional.of("s3://skyway-findings/prowler/"));
        when(schedule.status()).thenReturn(new SyncStatus(SyncState.SUCCEEDED, "aws", AT, AT, AT,
                "1 new file imported from s3://skyway-findings/prowler/ (5 findings), 1 refused", null, 1));
        when(schedule.recent(anyInt())).thenReturn(List.of(
                new DroppedFiles.Taken("skyway-findings", "prowler/output/scan.ocsf.json", "9b2c", AT,
                        UUID.randomUUID(), "COMPLETED", "OCSF", 5, null),
                new DroppedFiles.Taken("skyway-findings", "prowler/output/notes.json", "7d1e", AT, UUID.randomUUID(),
                        "FAILED", "UNREADABLE", 0, "Not a findings file: a JSON object without Findings")));

        FindingDropsCard card = new FindingDropsCard(schedule);
        UI.getCurrent().add(card);

        assertThat(card.getElement().getTextRecursively()).contains("s3://skyway-findings/prowler/",
                "1 new file imported");
        assertThat(test(card.grid).size()).isEqualTo(2);
        assertThat(test(card.grid).getCellText(0, 1)).isEqualTo("prowler/output/scan.ocsf.json");
        assertThat(test(card.grid).getCellText(0, 3)).isEqualTo("5");
        assertThat(test(card.grid).getCellText(1, 5)).startsWith("Not a findings file");
    }

    @Test
    void withoutALocationItSaysWhatToSet() {
        when(schedule.where()).thenReturn(Optional.empty());
        when(schedule.status()).thenReturn(SyncStatus.never());
        when(schedule.recent(anyInt())).thenReturn(List.of());

        FindingDropsCard card = new FindingDropsCard(schedule);
        UI.getCurrent().add(card);

        assertThat(card.getElement().getTextRecursively()).contains("portal.compliance.drops.bucket",
                "portal.compliance.drops.directory");
    }
}
