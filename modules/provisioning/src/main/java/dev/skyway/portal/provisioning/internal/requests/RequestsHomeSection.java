package dev.skyway.portal.provisioning.internal.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Open, and failed (they wait for a retry or a withdrawal). */
    static final Set<RequestStatus> OPEN = EnumSet.copyOf(Arrays.stream(RequestStatus.values())
            .filter(s -> !s.finished() || s == RequestStatus.FAILED).toList());

    /** The most urgent first: failed, sent back, waiting for approval; then the rest. */
    static final List<RequestStatus> URGENCY = List.of(RequestStatus.FAILED, RequestStatus.CHANGES_REQUESTED,
            RequestStatus.PENDING_APPROVAL);

    private final ProductRequests requests;
    private final RequestReads reads;
    private final ProvisionedResources resources;

    RequestsHomeSection(ProductRequests requests, RequestReads reads, ProvisionedResources resources) {
        this.requests = requests;
        this.reads = reads;
        this.resources = resources;
    }

    @Override
    public List<HomeCard> cards(PortalUser user) {
        if (!user.hasRole(Role.ENGINEER)) {
            return List.of();
        }
        // counted in SQL, however many requests; the shown ones read with their approval processes only
        Map<RequestStatus, Integer> counts = reads.countsByStatus(user.key());
        List<ProductRequest> shown = reads.requestsFirstIn(user.key(), OPEN, URGENCY, SHOWN);
        Map<UUID, ApprovalProcess> processes = requests.processesOf(shown);
        int total = resources.countMine(ResourceQuery.all());
        int unhealthy = resources.countMine(new ResourceQuery(null, null, null, true));
        return List.of(requestsCard(counts, shown, processes), resourcesCard(total, unhealthy));
    }

    static HomeCard requestsCard(Map<RequestStatus, Integer> counts, List<ProductRequest> shown,
                                 Map<UUID, ApprovalProcess> processes) {
        int failed = counts.getOrDefault(RequestStatus.FAILED, 0);
        int waiting = counts.getOrDefault(RequestStatus.PENDING_APPROVAL, 0);
        int sentBack = counts.getOrDefault(RequestStatus.CHANGES_REQUESTED, 0);
        int open = OPEN.stream().mapToInt(s -> counts.getOrDefault(s, 0)).sum() - failed;
        List<HomeFigure> figures = List.of(
                new HomeFigure("Open requests", Integer.toString(open), "requests", Tone.NEUTRAL),
                new HomeFigure("Awaiting approval", Integer.toString(waiting), "requests", Tone.NEUTRAL),
                new HomeFigure("Sent back to you", Integer.toString(sentBack), "requests",
                        sentBack > 0 ? Tone.WARN : Tone.NEUTRAL),
                new HomeFigure("Failed", Integer.toString(failed), "requests", failed > 0 ? Tone.ALERT : Tone.GOOD));
        List<HomeItem> items = shown.stream()
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
