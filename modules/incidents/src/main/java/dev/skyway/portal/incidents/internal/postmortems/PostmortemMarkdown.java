package dev.skyway.portal.incidents.internal.postmortems;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.ActionItem;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.Postmortem;

/**
 * A postmortem as one Markdown document: a heading with the incident's reference and title, its facts and typed
 * timestamps as a table, each section (an empty one says so), and the action items as a task list table. Section
 * text is Markdown already and goes in as written; text in table cells is escaped so it cannot break the table.
 */
public final class PostmortemMarkdown {

    private PostmortemMarkdown() {
    }

    public static String of(Incident incident, Postmortem postmortem, LocalDate today) {
        StringBuilder md = new StringBuilder();
        md.append("# Postmortem: ").append(incident.reference()).append(' ').append(oneLine(incident.title()))
                .append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Severity", incident.severity().name());
        row(md, "Status", incident.status().name());
        row(md, "Postmortem", postmortem.status().name());
        row(md, "Accounts", incident.accountIds().isEmpty() ? "—" : String.join(", ", incident.accountIds()));
        row(md, "Commander", incident.commander() == null ? "—" : incident.commander().name());
        IncidentTimestamps t = incident.timestamps();
        row(md, "Impact started", time(t.impactStartedAt()));
        row(md, "Detected", time(t.detectedAt()));
        row(md, "Acknowledged", time(t.acknowledgedAt()));
        row(md, "Mitigated", time(t.mitigatedAt()));
        row(md, "Resolved", time(t.resolvedAt()));
        md.append('\n');
        section(md, "Summary", postmortem.summary());
        section(md, "Impact", postmortem.impact());
        section(md, "Timeline", postmortem.timeline());
        section(md, "Root causes", postmortem.rootCauses());
        section(md, "What went well", postmortem.wentWell());
        section(md, "What went badly", postmortem.wentBadly());
        actionItems(md, postmortem.actionItems(), today);
        return md.toString();
    }

    private static void actionItems(StringBuilder md, List<ActionItem> items, LocalDate today) {
        md.append("## Action items\n\n");
        if (items.isEmpty()) {
            md.append("_None._\n");
            return;
        }
        md.append("| Done | Action | Owner | Due | Status |\n|---|---|---|---|---|\n");
        for (ActionItem item : items) {
            String status = item.overdueOn(today) ? "OVERDUE" : item.status().name();
            md.append("| ").append(item.status() == ActionItem.Status.DONE ? "[x]" : "[ ]").append(" | ")
                    .append(cell(item.title())).append(" | ").append(cell(item.owner())).append(" | ")
                    .append(item.dueDate() == null ? "—" : item.dueDate().toString()).append(" | ").append(status)
                    .append(" |\n");
        }
    }

    private static void section(StringBuilder md, String heading, @Nullable String text) {
        md.append("## ").append(heading).append("\n\n")
                .append(text == null || text.isBlank() ? "_Not written._" : text.strip()).append("\n\n");
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n");
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "—" : PostmortemTemplate.MINUTE.format(at) + " UTC";
    }

    /** Table cells are one line, and a pipe would end the cell. */
    static String cell(@Nullable String text) {
        return text == null || text.isBlank() ? "—" : oneLine(text).replace("|", "\\|");
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
