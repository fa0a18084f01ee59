package dev.skyway.portal.incidents.internal.postmortems;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.incidents.ActionItem;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.Postmortem;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.incidents.TimelineEntry;
import dev.skyway.portal.platform.identity.UserKey;

/** The Markdown export and the template's timeline: headings, facts, sections as written, escaped table cells. */
class PostmortemMarkdownTests {

    static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");
    static final UUID ID = UUID.fromString("4c1f3a52-2b7e-4d0c-9a41-1f0e2d3c4b5c");
    static final Participant ERIN = new Participant(UserKey.local("erin"), "Erin");

    static Incident resolved() {
        Incident triggered = new Incident(ID, 42, "Checkout down", "Checkout returns 500s", IncidentStatus.TRIGGERED,
                Severity.SEV2, Incident.Source.DECLARED, false, List.of("383317268332"), ERIN, ERIN,
                IncidentTimestamps.detected(NINE, NINE.minus(Duration.ofMinutes(10))), 1);
        return triggered.moveTo(IncidentStatus.ACKNOWLEDGED, NINE.plusSeconds(120))
                .moveTo(IncidentStatus.RESOLVED, NINE.plusSeconds(3600));
    }

    @Test
    void theExportHasTheFactsEverySectionAndTheActionItems() {
        ActionItem open = new ActionItem(UUID.randomUUID(), ID, "Alarm on 5xx | per AZ", ActionItem.Status.OPEN,
                "ops@example.com", LocalDate.parse("2026-12-01"), NINE, null);
        ActionItem done = new ActionItem(UUID.randomUUID(), ID, "Roll back faster", ActionItem.Status.DONE, null,
                null, NINE, NINE);
        Postmortem postmortem = new Postmortem(ID, Postmortem.Status.PUBLISHED, "A bad deploy.\n\nSecond paragraph.",
                "All checkouts failed for 50 minutes.", "- 09:00 detected", "A config flag.", null, "Paging was slow",
                "Erin", NINE, NINE, 3, List.of(open, done));

        String md = PostmortemMarkdown.of(resolved(), postmortem, LocalDate.parse("2026-12-03"));

        assertThat(md).startsWith("# Postmortem: INC-42 Checkout down\n");
        assertThat(md).contains("| Severity | SEV2 |", "| Status | RESOLVED |", "| Postmortem | PUBLISHED |",
                "| Accounts | 383317268332 |", "| Commander | Erin |", "| Impact started | 2026-12-03 08:50 UTC |",
                "| Acknowledged | 2026-12-03 09:02 UTC |", "| Mitigated | 2026-12-03 10:00 UTC |");
        assertThat(md).contains("## Summary\n\nA bad deploy.\n\nSecond paragraph.\n\n## Impact\n");
        assertThat(md).contains("## What went well\n\n_Not written._\n");
        assertThat(md).contains("## Action items\n\n| Done | Action | Owner | Due | Status |\n");
        assertThat(md).contains("| [ ] | Alarm on 5xx \\| per AZ | ops@example.com | 2026-12-01 | OVERDUE |");
        assertThat(md).contains("| [x] | Roll back faster | — | — | DONE |");
    }

    @Test
    void withoutActionItemsTheExportSaysSo() {
        Postmortem template = PostmortemTemplate.of(resolved(), List.of());

        String md = PostmortemMarkdown.of(resolved(), template, LocalDate.parse("2026-12-03"));

        assertThat(md).contains("| Postmortem | DRAFT |").endsWith("## Action items\n\n_None._\n");
    }

    @Test
    void theTemplatePrefillsTheTimelineOneLineEach() {
        List<TimelineEntry> timeline = List.of(
                new TimelineEntry(1, NINE, "DECLARED", "Erin", "INC-42 declared by Erin (SEV2)", null, null, null,
                        null),
                new TimelineEntry(2, NINE.plusSeconds(120), "NOTE", "Sam", "Rolled back\nthe deploy", null, null,
                        null, null));

        Postmortem template = PostmortemTemplate.of(resolved(), timeline);

        assertThat(template.timeline()).isEqualTo("- 2026-12-03 09:00 UTC: INC-42 declared by Erin (SEV2) (Erin)\n"
                + "- 2026-12-03 09:02 UTC: Rolled back the deploy (Sam)");
        assertThat(template.summary()).isEqualTo("Checkout returns 500s");
        assertThat(template.version()).isZero();
        assertThat(template.status()).isEqualTo(Postmortem.Status.DRAFT);
    }
}
