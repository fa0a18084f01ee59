package dev.skyway.portal.cost.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.cost.CostInsights;
import dev.skyway.portal.cost.CostOverview;

/** The largest anomalies of the last 30 days, each linking to its explanation on the anomalies page. */
final class RecentAnomaliesCard extends Div {

    static final int DAYS = 30;
    static final int LIMIT = 5;

    final List<CostAnomaly> anomalies;

    RecentAnomaliesCard(CostInsights insights, CostOverview o) {
        addClassName("card");
        setId("cost-recent-anomalies");
        add(new H2("Anomalies, last " + DAYS + " days"));
        anomalies = insights.anomalies(o.today().minusDays(DAYS), o.today().plusDays(1)).stream().limit(LIMIT)
                .toList();
        if (anomalies.isEmpty()) {
            add(new Paragraph("No unusual spend."));
        } else {
            UnorderedList list = new UnorderedList();
            anomalies.forEach(a -> {
                Span impact = new Span(" " + CostText.signedMoney(a.impact(), a.currency()) + " on "
                        + CostText.day(a.date()));
                ListItem item = new ListItem(CostLinks.anchor(a.label(), CostLinks.anomaly(a.id(), a.date())), impact);
                item.addClassName("recent-anomaly");
                list.add(item);
            });
            add(list);
        }
        add(CostLinks.anchor("All anomalies", CostLinks.ANOMALIES));
    }
}
