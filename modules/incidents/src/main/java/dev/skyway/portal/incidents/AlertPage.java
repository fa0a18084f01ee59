package dev.skyway.portal.incidents;

import java.util.List;

/** One page of alerts, newest first, and how many match in all. */
public record AlertPage(int total, List<Alert> items) {

    public AlertPage {
        items = List.copyOf(items);
    }
}
