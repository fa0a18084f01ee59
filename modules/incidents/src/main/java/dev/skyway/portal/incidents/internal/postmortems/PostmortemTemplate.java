package dev.skyway.portal.incidents.internal.postmortems;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.Postmortem;
import dev.skyway.portal.incidents.TimelineEntry;

/**
 * A new postmortem: the incident's summary as its summary, its timeline as a Markdown list to edit (the times in
 * UTC), and a prompt in each other section.
 */
public final class PostmortemTemplate {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private PostmortemTemplate() {
    }

    public static Postmortem of(Incident incident, List<TimelineEntry> timeline) {
        return new Postmortem(incident.id(), Postmortem.Status.DRAFT, incident.summary(),
                "Who and what was affected, for how long, and how badly?", timeline(timeline),
                "Why did it happen? Ask why until the answer is something to change.",
                "What helped us detect, respond and recover?",
                "What slowed us down or made it worse?", null, null, null, 0, List.of());
    }

    /** One line per timeline entry: {@code - 2026-12-03 09:00 UTC: title (actor)}. */
    public static String timeline(List<TimelineEntry> timeline) {
        return timeline.stream().map(e -> "- " + MINUTE.format(e.at()) + " UTC: " + oneLine(e.title()) + " ("
                + e.actor() + ")").collect(Collectors.joining("\n"));
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
