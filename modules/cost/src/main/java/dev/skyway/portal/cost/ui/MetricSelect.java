package dev.skyway.portal.cost.ui;

import java.util.List;

import com.vaadin.flow.component.select.Select;

import dev.skyway.portal.cost.CostMetric;

/** The metric toggle: which FOCUS cost column the figures are in. Effective (amortized) cost by default. */
final class MetricSelect {

    /** What the overview offers: billed, effective (amortized) and list. */
    static final List<CostMetric> HEADLINE = List.of(CostMetric.BilledCost, CostMetric.EffectiveCost,
            CostMetric.ListCost);

    private MetricSelect() {
    }

    static Select<CostMetric> of(List<CostMetric> metrics) {
        Select<CostMetric> select = new Select<>();
        select.setLabel("Metric");
        select.setItems(metrics);
        select.setItemLabelGenerator(CostText::metric);
        select.setValue(CostMetric.EffectiveCost);
        select.setEmptySelectionAllowed(false);
        return select;
    }
}
