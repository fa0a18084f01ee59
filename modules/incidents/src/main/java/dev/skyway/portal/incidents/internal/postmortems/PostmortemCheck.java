package dev.skyway.portal.incidents.internal.postmortems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.ActionItem;
import dev.skyway.portal.incidents.ActionItemDraft;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.Postmortem;
import dev.skyway.portal.incidents.PostmortemDraft;

/** The rules a postmortem's sections and its action items must meet, each broken one named. */
public final class PostmortemCheck {

    static final int MAX_SECTION = 20_000;
    static final int MAX_TITLE = 512;
    static final int MAX_OWNER = 255;

    private PostmortemCheck() {
    }

    /** A postmortem draft that passed. */
    public record Checked(PostmortemStore.Sections sections, Postmortem.Status status) {
    }

    /** @throws IncidentsValidationException naming each field's problem */
    public static Checked check(PostmortemDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        PostmortemStore.Sections sections = new PostmortemStore.Sections(section("summary", draft.summary(), problems),
                section("impact", draft.impact(), problems), section("timeline", draft.timeline(), problems),
                section("rootCauses", draft.rootCauses(), problems), section("wentWell", draft.wentWell(), problems),
                section("wentBadly", draft.wentBadly(), problems));
        Postmortem.Status status = Postmortem.Status.DRAFT;
        if (draft.status() != null && !draft.status().isBlank()) {
            try {
                status = Postmortem.Status.valueOf(draft.status().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.put("status", "must be DRAFT or PUBLISHED");
            }
        }
        failIfAny(problems);
        return new Checked(sections, status);
    }

    /** The fields of an action item changed by {@code draft}; a new item ({@code current} null) needs a title. */
    public static ActionItemFields check(ActionItemDraft draft, @Nullable ActionItem current) {
        Map<String, String> problems = new LinkedHashMap<>();
        String title = current == null ? null : current.title();
        if (draft.title() != null || current == null) {
            title = draft.title() == null ? "" : draft.title().strip();
            if (title.isEmpty() || title.length() > MAX_TITLE) {
                problems.put("title", "must have 1 to " + MAX_TITLE + " characters");
            }
        }
        String owner = current == null ? null : current.owner();
        if (draft.owner() != null) {
            owner = draft.owner().isBlank() ? null : draft.owner().strip();
            if (owner != null && owner.length() > MAX_OWNER) {
                problems.put("owner", "must have at most " + MAX_OWNER + " characters");
            }
        }
        LocalDate due = current == null ? null : current.dueDate();
        if (draft.dueDate() != null) {
            due = date(draft.dueDate(), problems);
        }
        ActionItem.Status status = current == null ? ActionItem.Status.OPEN : current.status();
        if (draft.status() != null) {
            try {
                status = ActionItem.Status.valueOf(draft.status().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.put("status", "must be OPEN, DONE or CANCELLED");
            }
        }
        failIfAny(problems);
        return new ActionItemFields(title == null ? "" : title, owner, due, status);
    }

    /** An action item's fields after a check. */
    public record ActionItemFields(String title, @Nullable String owner, @Nullable LocalDate dueDate,
                                   ActionItem.Status status) {
    }

    private static @Nullable LocalDate date(String text, Map<String, String> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.put("dueDate", "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    private static @Nullable String section(String name, @Nullable String text, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_SECTION) {
            problems.put(name, "must have at most " + MAX_SECTION + " characters");
        }
        return text.strip();
    }

    private static void failIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new IncidentsValidationException(problems);
        }
    }
}
