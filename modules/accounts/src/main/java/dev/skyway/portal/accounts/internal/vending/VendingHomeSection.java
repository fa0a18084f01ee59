package dev.skyway.portal.accounts.internal.vending;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestStatus;
import dev.skyway.portal.accounts.AccountRequests;
import dev.skyway.portal.accounts.QueuedRequest;
import dev.skyway.portal.accounts.VendingQueue;
import dev.skyway.portal.platform.home.HomeCard;
import dev.skyway.portal.platform.home.HomeCard.HomeFigure;
import dev.skyway.portal.platform.home.HomeCard.HomeItem;
import dev.skyway.portal.platform.home.HomeCard.Tone;
import dev.skyway.portal.platform.home.HomeSection;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * The vending queue on the platform admin's start page: what waits for an operator first (failed, needs an
 * operator), then the queue in order with its estimated wait.
 */
@Component
class VendingHomeSection implements HomeSection {

    static final int SHOWN = 5;

    private final VendingQueue queue;
    private final AccountRequests requests;

    VendingHomeSection(VendingQueue queue, AccountRequests requests) {
        this.queue = queue;
        this.requests = requests;
    }

    @Override
    public List<HomeCard> cards(PortalUser user) {
        if (!user.hasRole(Role.PLATFORM_ADMIN)) {
            return List.of();
        }
        List<AccountRequest> operator = new ArrayList<>(requests.all(AccountRequestStatus.NEEDS_OPERATOR, 0, SHOWN));
        operator.addAll(requests.all(AccountRequestStatus.FAILED, 0, SHOWN));
        return List.of(card(queue.queue(), requests.countAll(AccountRequestStatus.PROVISIONING), operator,
                requests.countAll(AccountRequestStatus.NEEDS_OPERATOR) + requests.countAll(AccountRequestStatus.FAILED)));
    }

    static HomeCard card(List<QueuedRequest> queued, int vending, List<AccountRequest> needOperator,
                         int needOperatorTotal) {
        List<HomeFigure> figures = List.of(
                new HomeFigure("Queued", Integer.toString(queued.size()), "account-requests", Tone.NEUTRAL),
                new HomeFigure("Vending now", Integer.toString(vending), "account-requests", Tone.NEUTRAL),
                new HomeFigure("Need an operator", Integer.toString(needOperatorTotal), "account-requests",
                        needOperatorTotal > 0 ? Tone.ALERT : Tone.GOOD));
        List<HomeItem> items = new ArrayList<>();
        needOperator.stream().limit(SHOWN).forEach(r -> items.add(new HomeItem(r.accountName(),
                label(r.status()) + (r.progress().reason() == null ? "" : ": " + r.progress().reason()),
                "account-requests/" + r.id(), Tone.ALERT)));
        queued.stream().limit(Math.max(0, SHOWN - items.size())).forEach(q -> items.add(new HomeItem(
                q.request().accountName(), "#" + q.position() + " in the queue, about "
                + Math.max(1, q.estimatedWait().toMinutes()) + " min",
                "account-requests/" + q.request().id(), Tone.NEUTRAL)));
        return new HomeCard("vending-queue", "Account vending", 80, figures, items, "The vending queue is empty.");
    }

    private static String label(AccountRequestStatus status) {
        return status == AccountRequestStatus.NEEDS_OPERATOR ? "Needs an operator" : "Failed";
    }
}
