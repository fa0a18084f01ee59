package dev.skyway.portal.cost.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.cost.CostBudgets;
import dev.skyway.portal.cost.CostInsights;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostOverview;
import dev.skyway.portal.platform.home.HomeCard;
import dev.skyway.portal.platform.home.HomeCard.HomeFigure;
import dev.skyway.portal.platform.home.HomeCard.HomeItem;
import dev.skyway.portal.platform.home.HomeCard.Tone;
import dev.skyway.portal.platform.home.HomeSection;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.Formats;

/**
 * Cost on the start page, for engineers (their teams' spend) and finance (everything): the month so far against the
 * same days of last month, the month-end forecast, anomalies of the last week, and the budgets closest to their
 * amount.
 */
@Component
class CostHomeSection implements HomeSection {

    static final int SHOWN = 4;
    static final int ANOMALY_DAYS = 7;

    private final CostInsights insights;
    private final CostBudgets budgets;

    CostHomeSection(CostInsights insights, CostBudgets budgets) {
        this.insights = insights;
        this.budgets = budgets;
    }

    @Override
    public List<HomeCard> cards(PortalUser user) {
        if (!user.hasAnyRole(Role.ENGINEER, Role.FINANCE)) {
            return List.of();
        }
        CostOverview overview = insights.overview(CostMetric.EffectiveCost);
        List<CostAnomaly> anomalies = insights.anomalies(overview.today().minusDays(ANOMALY_DAYS), overview.today());
        String title = user.hasRole(Role.FINANCE) ? "Cost this month" : "My teams' cost this month";
        return List.of(card(title, overview, anomalies.size(), budgets.list()));
    }

    static HomeCard card(String title, CostOverview overview, int anomalies, List<Budget> budgets) {
        Currency currency = Currency.getInstance(overview.currency());
        BigDecimal change = overview.changePercent();
        List<Budget> closest = budgets.stream()
                .sorted(Comparator.comparing((Budget b) -> b.status().percentUsed()).reversed())
                .limit(SHOWN).toList();
        long crossed = budgets.stream().filter(b -> !b.status().crossed().isEmpty()).count();
        List<HomeFigure> figures = List.of(
                new HomeFigure("Month to date", Formats.money(overview.monthToDate(), currency), "cost",
                        change != null && change.signum() > 0 && change.compareTo(BigDecimal.TEN) > 0
                                ? Tone.WARN : Tone.NEUTRAL),
                new HomeFigure("vs. same days last month", change == null ? "–" : signed(change) + " %", "cost",
                        Tone.NEUTRAL),
                new HomeFigure("Month-end forecast", overview.monthEndForecast() == null ? "–"
                        : Formats.money(overview.monthEndForecast(), currency), "cost", Tone.NEUTRAL),
                new HomeFigure("Anomalies, last " + ANOMALY_DAYS + " days", Integer.toString(anomalies),
                        "cost/anomalies", anomalies > 0 ? Tone.WARN : Tone.GOOD),
                new HomeFigure("Budgets over a threshold", Long.toString(crossed), "cost/budgets",
                        crossed > 0 ? Tone.ALERT : Tone.GOOD));
        List<HomeItem> items = closest.stream().map(CostHomeSection::item).toList();
        return new HomeCard("cost", title, 40, figures, items,
                overview.periods().isEmpty() ? "No cost data is loaded yet." : "No budget covers your cost yet.");
    }

    private static HomeItem item(Budget budget) {
        BigDecimal used = budget.status().percentUsed();
        String detail = Formats.money(budget.status().actual(), budget.amount().currency()) + " of "
                + Formats.money(budget.amount().amount(), budget.amount().currency()) + " (" + used.toPlainString()
                + " %) in " + budget.status().periodKey()
                + (budget.status().forecast() == null ? ""
                : " · forecast " + Formats.money(budget.status().forecast(), budget.amount().currency()));
        Tone tone = used.compareTo(BigDecimal.valueOf(100)) >= 0 ? Tone.ALERT
                : budget.status().crossed().isEmpty() ? Tone.NEUTRAL : Tone.WARN;
        return new HomeItem(budget.name(), detail, "cost/budgets", tone);
    }

    private static String signed(BigDecimal change) {
        return (change.signum() > 0 ? "+" : "") + change.toPlainString();
    }
}
