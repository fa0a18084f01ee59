package dev.skyway.portal.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.platform.home.HomeCard;
import dev.skyway.portal.platform.home.HomeCard.HomeFigure;
import dev.skyway.portal.platform.home.HomeCard.HomeItem;

/** One card of the start page: its figures (each a link to its list) and the items that need the user first. */
class HomeCardView extends Div {

    HomeCardView(HomeCard card) {
        addClassNames("card", "home-card");
        setId(card.id());
        add(new H2(card.title()));
        Div figures = new Div();
        figures.addClassName("home-figures");
        card.figures().forEach(f -> figures.add(figure(f)));
        add(figures);
        if (card.items().isEmpty()) {
            Paragraph empty = new Paragraph(card.emptyText());
            empty.addClassName("home-empty");
            add(empty);
        } else {
            Div items = new Div();
            items.addClassName("home-items");
            card.items().forEach(i -> items.add(item(i)));
            add(items);
        }
    }

    private static Div figure(HomeFigure figure) {
        Span value = new Span(figure.value());
        value.addClassNames("home-figure-value", tone(figure.tone()));
        Span label = new Span(figure.label());
        label.addClassName("home-figure-label");
        Div box = new Div();
        box.addClassName("home-figure");
        if (figure.link() == null) {
            box.add(value, label);
        } else {
            Anchor link = new Anchor(figure.link(), value, label);
            box.add(link);
        }
        return box;
    }

    private static Div item(HomeItem item) {
        Div row = new Div();
        row.addClassNames("home-item", tone(item.tone()));
        if (item.link() == null) {
            row.add(new Span(item.title()));
        } else {
            row.add(new Anchor(item.link(), item.title()));
        }
        if (item.detail() != null) {
            Span detail = new Span(item.detail());
            detail.addClassName("home-item-detail");
            row.add(detail);
        }
        return row;
    }

    private static String tone(HomeCard.Tone tone) {
        return "tone-" + tone.name().toLowerCase(java.util.Locale.ROOT);
    }
}
