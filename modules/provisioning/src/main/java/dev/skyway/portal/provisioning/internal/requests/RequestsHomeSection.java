package dev.skyway.portal.provisioning.internal.requests;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.approvals.ApprovalStage;
import dev.skyway.portal.approvals.StageStatus;
import dev.skyway.portal.platform.home.HomeCard;
import dev.skyway.portal.platform.home.HomeCard.HomeFigure;
import dev.skyway.portal.platform.home.HomeCard.HomeItem;
import dev.skyway.portal.platform.home.HomeCard.Tone;
import dev.skyway.portal.platform.home.HomeSection;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.ProvisionedResources;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.ResourceQuery;

/**
 * The engineer's requests and resources on the start page: open requests with the approval stage each waits in,
 * failed ones first, and the resources AWS reports unhealthy.
 */
@Component
class RequestsHomeSection implements HomeSection {

    static final int SHOWN = 5;
    private static final int SCANNED = 200;

    private final ProductRequests requests;
    private final ProvisionedResources resources;

    RequestsHomeSection(ProductRequests requests, ProvisionedResources resources) {
        this.requests = requests;
        this.resources = resources;
    }

    @Override
    public List<HomeCard> cards(PortalUser user) {
        if (!user.hasRole(Role.ENGINEER)) {
            return List.of();
        }
        List<ProductRequest> open = requests.mine(null, 0, SCANNED).stream()
                .filter(r -> !r.status().finished() || r.status() == RequestStatus.FAILED).toList();
        // only the shown requests' approval stages: a whole process each (stages, approvers, decisions) for up to 200
        Map<UUID, ApprovalProcess> processes = requests.processesOf(shown(open));
        int total = resources.countMine(ResourceQuery.all());
        int unhealthy = resources.countMine(new ResourceQuery(null, null, null, true));
        return List.of(requestsCard(open, processes), resourcesCard(total, unhealthy));
    }

    static HomeCard requestsCard(List<ProductRequest> open, Map<UUID, ApprovalProcess> processes) {
        long failed = open.stream().filter(r -> r.status() == RequestStatus.FAILED).count();
        long waiting = open.stream().filter(r -> r.status() == RequestStatus.PENDING_APPROVAL).count();
        long sentBack = open.stream().filter(r -> r.status() == RequestStatus.CHANGES_REQUESTED).count();
        List<HomeFigure> figures = List.of(
                new HomeFigure("Open requests", Long.toString(open.size() - failed), "requests", Tone.NEUTRAL),
                new HomeFigure("Awaiting approval", Long.toString(waiting), "requests", Tone.NEUTRAL),
                new HomeFigure("Sent back to you", Long.toString(sentBack), "requests",
                        sentBack > 0 ? Tone.WARN : Tone.NEUTRAL),
                new HomeFigure("Failed", Long.toString(failed), "requests", failed > 0 ? Tone.ALERT : Tone.GOOD));
        List<HomeItem> items = shown(open).stream()
                .map(r -> item(r, r.processId() == null ? null : processes.get(r.processId())))
                .toList();
        return new HomeCard("my-requests", "My requests", 20, figures, items, "No request of yours is open.");
    }

    static HomeCard resourcesCard(int total, int unhealthy) {
        List<HomeFigure> figures = List.of(
                new HomeFigure("My resources", Integer.toString(total), "resources", Tone.NEUTRAL),
                new HomeFigure("Unhealthy", Integer.toString(unhealthy), "resources",
                        unhealthy > 0 ? Tone.ALERT : Tone.GOOD));
        return new HomeCard("my-resources", "My resources", 30, figures, List.of(),
                total == 0 ? "You have no provisioned resource yet." : "AWS reports every resource of yours healthy.");
    }

    /** The {@link #SHOWN} most urgent: failed, sent back, waiting for approval, then the rest, each newest first. */
    static List<ProductRequest> shown(List<ProductRequest> open) {
        return open.stream().sorted(Comparator.comparingInt(RequestsHomeSection::urgency)).limit(SHOWN).toList();
    }

    private static int urgency(ProductRequest request) {
        return switch (request.status()) {
            case FAILED -> 0;
            case CHANGES_REQUESTED -> 1;
            case PENDING_APPROVAL -> 2;
            default -> 3;
        };
    }

    private static HomeItem item(ProductRequest request, @org.jspecify.annotations.Nullable ApprovalProcess process) {
        String title = request.provisionedName() + " · " + request.product().productName();
        String where = request.target().environment() + " in " + request.target().accountId();
        String detail = switch (request.status()) {
            case PENDING_APPROVAL -> stage(process) + " · " + where;
            case CHANGES_REQUESTED -> "Sent back: " + nonNull(request.statusReason()) + " · " + where;
            case FAILED -> "Failed: " + nonNull(request.statusReason());
            default -> label(request.status()) + " · " + where;
        };
        Tone tone = switch (request.status()) {
            case FAILED -> Tone.ALERT;
            case CHANGES_REQUESTED -> Tone.WARN;
            default -> Tone.NEUTRAL;
        };
        return new HomeItem(title, detail, "requests/" + request.id(), tone);
    }

    static String stage(@org.jspecify.annotations.Nullable ApprovalProcess process) {
        if (process == null) {
            return "Awaiting approval";
        }
        return process.stages().stream()
                .filter(s -> s.status() == StageStatus.OPEN || s.status() == StageStatus.HELD)
                .min(Comparator.comparingInt(ApprovalStage::position))
                .map(s -> (s.status() == StageStatus.HELD ? "Held by a change freeze at " : "Awaiting ")
                        + s.name() + due(s.dueAt()))
                .orElse("Awaiting approval");
    }

    private static String due(@org.jspecify.annotations.Nullable Instant dueAt) {
        return dueAt == null ? "" : " (due " + dev.skyway.portal.platform.ui.kit.Formats.dateTime(dueAt) + ")";
    }

    private static String label(RequestStatus status) {
        String name = status.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String nonNull(@org.jspecify.annotations.Nullable String text) {
        return text == null ? "no reason given" : text;
    }
}
