package dev.skyway.portal.cost.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostQuery;

/**
 * The breakdown's range, metric, grouping and filters. It turns its fields into a {@link BreakdownState} for every
 * change the user makes, shows a state (from the URL or a drill-down) without reporting it back, and puts the
 * facade's complaints on the fields they name.
 */
final class BreakdownForm extends Div {

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To (inclusive)");
    final Select<CostMetric> metric = MetricSelect.of(List.of(CostMetric.values()));
    final Select<String> groupBy = new Select<>();
    final TextField tagKey = new TextField("Tag key");
    final TextField account = filterField("Account id", "e.g. 382272806015");
    final TextField team = filterField("Team", "e.g. payments");
    final TextField service = filterField("Service", "e.g. Amazon Elastic Compute Cloud");
    final TextField region = filterField("Region", "e.g. us-east-1");
    final TextField chargeCategory = filterField("Charge category", "e.g. Usage");
    final Checkbox untagged = new Checkbox("Untagged only");
    final RadioButtonGroup<String> chart = new RadioButtonGroup<>();
    final FilterChips otherFilters = new FilterChips(this::changed);
    final Paragraph error = new Paragraph();

    /** The filters that have a field of their own, by their query name. */
    private final Map<String, TextField> filterFields = Map.of("SubAccountId", account, "team", team,
            "ServiceName", service, "RegionId", region, "ChargeCategory", chargeCategory);
    private final Consumer<BreakdownState> onChange;
    private @Nullable String currency;
    private boolean filling;

    BreakdownForm(Consumer<BreakdownState> onChange) {
        this.onChange = onChange;
        setId("breakdown-form");
        groupBy.setLabel("Group by");
        groupBy.setItems(Dimensions.choices());
        groupBy.setItemLabelGenerator(Dimensions::label);
        tagKey.setPlaceholder("e.g. environment");
        chart.setLabel("Chart");
        chart.setItems(BreakdownState.BAR, BreakdownState.PIE);
        chart.setItemLabelGenerator(c -> BreakdownState.PIE.equals(c) ? "Pie" : "Bars");
        error.addClassName("form-refusal");
        error.setId("breakdown-error");
        error.setVisible(false);
        // the facade's refusals are put on the fields by hand: their own validation must not clear them
        List.of(from, to).forEach(f -> f.setManualValidation(true));
        List.of(account, team, service, region, chargeCategory, tagKey).forEach(f -> f.setManualValidation(true));
        metric.setManualValidation(true);
        groupBy.setManualValidation(true);
        List.<HasValue<?, ?>>of(from, to, metric, groupBy, tagKey, account, team, service, region, chargeCategory,
                untagged, chart).forEach(f -> f.addValueChangeListener(e -> changed()));
        add(row(from, to, metric, groupBy, tagKey, chart), row(account, team, service, region, chargeCategory,
                untagged), otherFilters, error);
    }

    /** Shows {@code state} and the problems of reading it, without reporting a change. */
    void fill(BreakdownState state, Map<String, String> problems) {
        filling = true;
        try {
            from.setValue(state.from());
            to.setValue(state.to());
            metric.setValue(state.metric());
            boolean tag = state.groupBy().startsWith("tag:");
            groupBy.setValue(tag ? Dimensions.TAG : Dimensions.choices().contains(state.groupBy())
                    ? state.groupBy() : BreakdownState.DEFAULT_GROUP);
            tagKey.setValue(tag ? state.groupBy().substring(4) : "");
            Map<String, String> rest = new LinkedHashMap<>(state.filters());
            filterFields.forEach((name, field) -> {
                String value = rest.get(name);
                // an empty value (the "(none)" group) has no way to show in a text field: it stays a chip
                field.setValue(value == null || value.isEmpty() ? "" : value);
                if (value != null && !value.isEmpty()) {
                    rest.remove(name);
                }
            });
            untagged.setValue(Boolean.parseBoolean(rest.remove(CostQuery.UNTAGGED)));
            otherFilters.show(rest);
            chart.setValue(state.chart());
            currency = state.currency();
            tagKey.setVisible(tag);
        } finally {
            filling = false;
        }
        showProblems(problems);
    }

    /** What the fields say; absent (with the fields marked) when a required one is empty. */
    @Nullable BreakdownState state() {
        clearProblems();
        boolean tag = Dimensions.TAG.equals(groupBy.getValue());
        tagKey.setVisible(tag);
        if (from.getValue() == null) {
            mark(from, "Pick the first day");
        }
        if (to.getValue() == null) {
            mark(to, "Pick the last day");
        }
        if (tag && tagKey.getValue().isBlank()) {
            mark(tagKey, "Enter a tag key, e.g. environment");
        }
        if (from.getValue() == null || to.getValue() == null || (tag && tagKey.getValue().isBlank())) {
            return null;
        }
        Map<String, String> filters = new LinkedHashMap<>(otherFilters.filters());
        filterFields.forEach((name, field) -> {
            if (!field.getValue().isBlank()) {
                filters.put(name, field.getValue().strip());
            }
        });
        if (untagged.getValue()) {
            filters.put(CostQuery.UNTAGGED, "true");
        }
        String group = tag ? "tag:" + tagKey.getValue().strip()
                : groupBy.getValue() == null ? BreakdownState.DEFAULT_GROUP : groupBy.getValue();
        return new BreakdownState(from.getValue(), to.getValue(), metric.getValue(), group, filters, currency,
                chart.getValue() == null ? BreakdownState.BAR : chart.getValue());
    }

    /** Puts each problem on the field it names; the ones without a field go under the form. */
    void showProblems(Map<String, String> problems) {
        StringBuilder general = new StringBuilder();
        problems.forEach((name, message) -> {
            HasValidation field = field(name);
            if (field != null) {
                mark(field, userWords(name, message));
            } else {
                general.append(general.isEmpty() ? "" : " ").append(Dimensions.label(name)).append(": ")
                        .append(message).append('.');
            }
        });
        if (!general.isEmpty()) {
            showError(general.toString());
        }
    }

    /** A refusal that belongs to no single field. */
    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private @Nullable HasValidation field(String name) {
        return switch (name) {
            case "from", "start" -> from;
            case "to", "end" -> to;
            case "metric" -> metric;
            case "groupBy" -> Dimensions.TAG.equals(groupBy.getValue()) ? tagKey : groupBy;
            default -> filterFields.get(name);
        };
    }

    /** The facade speaks of an exclusive end; the page shows an inclusive one. */
    private static String userWords(String name, String message) {
        String text = ("end".equals(name) && message.startsWith("must be after start"))
                ? "must be on or after the first day" : message;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void clearProblems() {
        List.<HasValidation>of(from, to, metric, groupBy, tagKey, account, team, service, region, chargeCategory)
                .forEach(f -> {
                    f.setInvalid(false);
                    f.setErrorMessage(null);
                });
        error.setVisible(false);
        error.setText("");
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void changed() {
        if (filling) {
            return;
        }
        BreakdownState state = state();
        if (state != null) {
            onChange.accept(state);
        }
    }

    private static TextField filterField(String label, String placeholder) {
        TextField field = new TextField(label);
        field.setPlaceholder(placeholder);
        field.setClearButtonVisible(true);
        return field;
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
