package dev.skyway.portal.accounts.internal.requests;

import java.util.ArrayList;
import java.util.List;

import dev.skyway.portal.platform.notify.Notification;

/** What one vending pass has done so far: whether the inventory needs a refresh, requests finished, mail to send. */
final class VendingPass {

    boolean refresh;
    int finished;
    final List<Notification> notifications = new ArrayList<>();
}
