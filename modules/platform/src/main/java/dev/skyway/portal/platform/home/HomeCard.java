package dev.skyway.portal.platform.home;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A card of the start page: a few figures on top (each links to the list it counts) and the items that need the user
 * first.
 *
 * @param id        stable id, e.g. {@code approvals-inbox}: the card's element id and its key in the API
 * @param title     the card's heading
 * @param order     position on the page, lower first (approvals 10, requests 20, resources 30, cost 40, compliance 50,
 *                  incidents 5: what burns comes first)
 * @param figures   the numbers, in order
 * @param items     what needs the user first, at most a handful, in order
 * @param emptyText what the card says when it has no items, e.g. {@code Nothing waits for you.}
 */
public record HomeCard(String id, String title, double order, List<HomeFigure> figures, List<HomeItem> items,
                       String emptyText) {

    public HomeCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        figures = List.copyOf(figures);
        items = List.copyOf(items);
        Objects.requireNonNull(emptyText, "emptyText");
    }

    /**
     * A number with its label, linking to the list it counts.
     *
     * @param value shown as is (already formatted: {@code 3}, {@code $1,204}, {@code 87 %})
     * @param link  portal path without the leading slash, e.g. {@code approvals?view=mine}; absent when no list
     *              shows it
     */
    public record HomeFigure(String label, String value, @Nullable String link, Tone tone) {
    }

    /**
     * One thing to act on.
     *
     * @param detail the second line, e.g. the stage and its due time
     * @param link   portal path without the leading slash
     */
    public record HomeItem(String title, @Nullable String detail, @Nullable String link, Tone tone) {
    }

    /** How a figure or item should look: {@code ALERT} needs action now, {@code WARN} soon, {@code GOOD} is fine. */
    public enum Tone {
        NEUTRAL, GOOD, WARN, ALERT
    }
}
