package dev.skyway.portal.approvals.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.ApprovalTask;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.StageStatus;
import dev.skyway.portal.approvals.TaskCounts;
import dev.skyway.portal.approvals.TaskQuery;
import dev.skyway.portal.platform.home.HomeCard;
import dev.skyway.portal.platform.home.HomeCard.HomeFigure;
import dev.skyway.portal.platform.home.HomeCard.HomeItem;
import dev.skyway.portal.platform.home.HomeCard.Tone;
import dev.skyway.portal.platform.home.HomeSection;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * The approver's inbox on the start page: how many tasks wait, how many are overdue or due within a day, and the
 * five due first. Shown to anyone with a task, whatever the role (team leads approve without the approver role).
 * Stages an incident's change freeze holds are not in the inbox; the incidents card lists what each freeze holds.
 */
@Component
class InboxHomeSection implements HomeSection {

    static final int SHOWN = 5;

    private final Approvals approvals;
    private final Clock clock;

    InboxHomeSection(Approvals approvals, Clock clock) {
        this.approvals = approvals;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cards(PortalUser user) {
        List<ApprovalTask> first = approvals.tasks(TaskQuery.all(), 0, SHOWN);
        if (first.isEmpty() && !user.hasRole(dev.skyway.portal.platform.identity.Role.APPROVER)) {
            return List.of();
        }
        return List.of(card(first, approvals.taskCounts(), clock.instant()));
    }

    /** @param first the tasks due first, of which the card lists {@link #SHOWN} */
    static HomeCard card(List<ApprovalTask> first, TaskCounts counts, Instant now) {
        List<HomeFigure> figures = List.of(
                new HomeFigure("Waiting for you", Integer.toString(counts.total()), "approvals", Tone.NEUTRAL),
                new HomeFigure("Overdue", Integer.toString(counts.overdue()), "approvals",
                        counts.overdue() > 0 ? Tone.ALERT : Tone.GOOD),
                new HomeFigure("Due within 24 h", Integer.toString(counts.dueWithinDay()), "approvals",
                        counts.dueWithinDay() > 0 ? Tone.WARN : Tone.NEUTRAL));
        List<HomeItem> items = first.stream().limit(SHOWN).map(t -> item(t, now)).toList();
        return new HomeCard("approvals-inbox", "Approvals", 10, figures, items, "Nothing waits for your approval.");
    }

    private static HomeItem item(ApprovalTask task, Instant now) {
        String stage = task.stage() + " (" + task.stagePosition() + " of " + task.stageCount() + ")";
        if (task.status() == StageStatus.HELD) {
            return new HomeItem(task.subject().title(), stage + " · held by a change freeze", "approvals", Tone.WARN);
        }
        Duration left = Duration.between(now, task.dueAt());
        boolean late = left.isNegative();
        String due = late ? "overdue by " + hours(left.negated()) : "due in " + hours(left);
        return new HomeItem(task.subject().title(), stage + " · from " + task.requesterName() + " · " + due,
                "approvals", late ? Tone.ALERT : left.toHours() < 24 ? Tone.WARN : Tone.NEUTRAL);
    }

    static String hours(Duration d) {
        if (d.toHours() < 1) {
            return Math.max(1, d.toMinutes()) + " min";
        }
        if (d.toHours() < 48) {
            return d.toHours() + " h";
        }
        return d.toDays() + " d";
    }
}
