package dev.skyway.portal.platform.home.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.home.HomeCard;
import dev.skyway.portal.platform.home.HomeCard.HomeFigure;
import dev.skyway.portal.platform.home.HomeCard.HomeItem;
import dev.skyway.portal.platform.home.HomeCard.Tone;
import dev.skyway.portal.platform.home.HomeSection;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.jobs.SyncJob;
import dev.skyway.portal.platform.jobs.SyncRunner;
import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.jobs.SyncStatus;
import dev.skyway.portal.platform.ui.kit.Formats;

/** Platform admins see every sync: failed ones first, then those that never ran, then the rest. */
@Component
class SyncHealthSection implements HomeSection {

    private final ObjectProvider<SyncJob<?>> jobs;
    private final SyncRunner runner;

    SyncHealthSection(ObjectProvider<SyncJob<?>> jobs, SyncRunner runner) {
        this.jobs = jobs;
        this.runner = runner;
    }

    @Override
    public List<HomeCard> cards(PortalUser user) {
        if (!user.hasRole(Role.PLATFORM_ADMIN)) {
            return List.of();
        }
        List<Named> syncs = jobs.orderedStream().map(job -> new Named(job.name(), runner.status(job.name())))
                .sorted(Comparator.comparingInt((Named n) -> rank(n.status().state())).thenComparing(Named::name))
                .toList();
        long failed = syncs.stream().filter(n -> n.status().state() == SyncState.FAILED).count();
        List<HomeFigure> figures = List.of(
                new HomeFigure("Syncs", Integer.toString(syncs.size()), null, Tone.NEUTRAL),
                new HomeFigure("Failing", Long.toString(failed), null, failed > 0 ? Tone.ALERT : Tone.GOOD));
        List<HomeItem> items = syncs.stream().map(SyncHealthSection::item).toList();
        return List.of(new HomeCard("sync-health", "Sync health", 90, figures, items, "No sync is configured."));
    }

    private static HomeItem item(Named sync) {
        SyncStatus status = sync.status();
        String detail = switch (status.state()) {
            case NEVER -> "Never ran";
            case RUNNING -> "Running since " + Formats.dateTime(status.startedAt());
            case SUCCEEDED -> "OK " + ago(status.lastSucceededAt()) + (status.items() == null ? ""
                    : " · " + status.items() + " items") + source(status);
            case FAILED -> "Failed " + ago(status.finishedAt()) + ": " + status.message() + source(status);
        };
        Tone tone = switch (status.state()) {
            case FAILED -> Tone.ALERT;
            case NEVER -> Tone.WARN;
            case RUNNING -> Tone.NEUTRAL;
            case SUCCEEDED -> Tone.GOOD;
        };
        return new HomeItem(sync.name(), detail, null, tone);
    }

    private static String source(SyncStatus status) {
        return status.source() == null ? "" : " (" + status.source() + ")";
    }

    static String ago(@org.jspecify.annotations.Nullable Instant at) {
        if (at == null) {
            return "";
        }
        Duration since = Duration.between(at, Instant.now());
        if (since.toMinutes() < 1) {
            return "just now";
        }
        if (since.toHours() < 1) {
            return since.toMinutes() + " min ago";
        }
        if (since.toDays() < 1) {
            return since.toHours() + " h ago";
        }
        return since.toDays() + " d ago";
    }

    private static int rank(SyncState state) {
        return switch (state) {
            case FAILED -> 0;
            case NEVER -> 1;
            case RUNNING -> 2;
            case SUCCEEDED -> 3;
        };
    }

    private record Named(String name, SyncStatus status) {
    }
}
