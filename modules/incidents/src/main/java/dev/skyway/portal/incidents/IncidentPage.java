package dev.skyway.portal.incidents;

import java.util.List;

/** One page of incidents in the order asked for, and how many match in all. */
public record IncidentPage(int total, List<Incident> items) {

    public IncidentPage {
        items = List.copyOf(items);
    }
}
