package dev.skyway.portal.cost.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import dev.skyway.portal.cost.Breakdown;
import dev.skyway.portal.cost.CostOverview;
import dev.skyway.portal.cost.CostQuery;
import dev.skyway.portal.cost.CostReports;

/** The services whose cost this month moved most against the same days of last month, each linking to its breakdown. */
final class TopMoversCard extends Div {

    static final int LIMIT = 5;

    final List<TopMovers.Mover> movers;

    TopMoversCard(CostReports reports, CostOverview o) {
        addClassName("card");
        setId("cost-top-movers");
        add(new H2("Top movers"));
        LocalDate monthStart = o.today().withDayOfMonth(1);
        int elapsed = o.today().getDayOfMonth() - 1;
        if (elapsed == 0) {
            movers = List.of();
            add(new Paragraph("The month has just begun: movers show from its second day."));
            return;
        }
        LocalDate lastMonthStart = monthStart.minusMonths(1);
        LocalDate lastMonthEnd = lastMonthStart.plusDays(Math.min(elapsed, lastMonthStart.lengthOfMonth()));
        Breakdown now = reports.breakdown(query(o, monthStart, o.today()));
        Breakdown before = reports.breakdown(query(o, lastMonthStart, lastMonthEnd));
        movers = TopMovers.between(now, before, LIMIT);
        add(new Paragraph("By service, the first " + elapsed + (elapsed == 1 ? " day" : " days")
                + " of this month against the same days of last month."));
        if (movers.isEmpty()) {
            add(new Paragraph("Nothing moved."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (TopMovers.Mover m : movers) {
            Span delta = new Span(CostText.signedMoney(m.delta(), o.currency()) + " (" + CostText.signedPercent(
                    m.percent()) + ")");
            delta.getStyle().set("color", m.delta().signum() > 0 ? "var(--lumo-error-text-color)"
                    : "var(--lumo-success-text-color)").set("margin-left", "var(--lumo-space-s)");
            ListItem item = new ListItem(CostLinks.anchor(m.label(), CostLinks.breakdown(monthStart,
                    o.today().minusDays(1), "SubAccountId", Map.of("ServiceName", m.key()))), delta);
            item.addClassName("top-mover");
            list.add(item);
        }
        add(list);
    }

    private static CostQuery query(CostOverview o, LocalDate start, LocalDate end) {
        return new CostQuery(start, end, o.metric(), "ServiceName", Map.of(), o.currency());
    }
}
