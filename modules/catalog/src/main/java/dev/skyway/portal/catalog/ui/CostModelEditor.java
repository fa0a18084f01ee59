package dev.skyway.portal.catalog.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.catalog.CostModelAdmin;
import dev.skyway.portal.catalog.CostModelRules;
import dev.skyway.portal.catalog.CostModelSpec;
import dev.skyway.portal.catalog.CostModelValidationException;
import dev.skyway.portal.catalog.CostModelViolation;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.platform.ui.kit.Confirm;
import dev.skyway.portal.platform.ui.kit.Formats;

/**
 * Edits one product's monthly cost model: currency, base price, and rates (parameter of the product, optional match
 * value, unit price, optional numeric "times" parameter). The estimate for the product's default values is previewed
 * live; "Save" checks everything on the server (each field shows its own message) and stores it; "Remove model"
 * asks first.
 */
class CostModelEditor extends Div {

    private final transient CostModelAdmin costModels;
    private final ProductDetail product;
    private final List<ParameterDescriptor> parameters;
    private final Runnable onChange;

    final TextField currency = new TextField("Currency");
    final TextField base = new TextField("Base monthly price");
    final List<RateRow> rates = new ArrayList<>();
    final Div rateRows = new Div();
    final Button addRate = new Button("Add rate", VaadinIcon.PLUS.create());
    final Span preview = new Span();
    final Paragraph message = new Paragraph();
    final Button save = new Button("Save model");
    final Button remove = new Button("Remove model", VaadinIcon.TRASH.create());

    /** One rate as a row of fields. */
    final class RateRow extends Div {
        final Select<String> parameter = new Select<>();
        final TextField matchValue = new TextField("Match value");
        final TextField unitPrice = new TextField("Unit price");
        final Select<String> times = new Select<>();
        final Button delete = new Button(VaadinIcon.CLOSE_SMALL.create());

        RateRow(CostModelSpec.Rate rate) {
            addClassName("cost-rate");
            parameter.setLabel("Parameter");
            parameter.setItems(parameters.stream().map(ParameterDescriptor::key).toList());
            matchValue.setHelperText("Empty: per unit of the parameter's number");
            unitPrice.setHelperText("At most " + CostModelRules.UNIT_PRICE_DECIMALS + " decimals");
            times.setLabel("Times parameter");
            times.setItems(parameters.stream().filter(ParameterDescriptor::numeric)
                    .map(ParameterDescriptor::key).toList());
            times.setEmptySelectionAllowed(true);
            times.setEmptySelectionCaption("—");
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel("Remove rate");
            delete.addClickListener(e -> {
                rates.remove(this);
                rateRows.remove(this);
                changed();
            });
            if (rate != null) {
                parameter.setValue(rate.parameter());
                matchValue.setValue(rate.perUnit() ? "" : rate.matchValue());
                unitPrice.setValue(rate.unitPrice() == null ? "" : rate.unitPrice().toPlainString());
                times.setValue(rate.timesParameter());
            }
            parameter.addValueChangeListener(e -> {
                matchValue.setHelperText(hint(e.getValue()));
                changed();
            });
            matchValue.setHelperText(hint(parameter.getValue()));
            matchValue.addValueChangeListener(e -> changed());
            unitPrice.addValueChangeListener(e -> changed());
            times.addValueChangeListener(e -> changed());
            add(parameter, matchValue, unitPrice, times, delete);
        }

        List<HasValidation> fields() {
            return List.of(parameter, matchValue, unitPrice, times);
        }
    }

    /**
     * @param parameters the parameters of all the product's versions ({@link CostModelAdmin#parametersOfAllVersions})
     */
    CostModelEditor(CostModelAdmin costModels, ProductDetail product, List<ParameterDescriptor> parameters,
                    CostModelSpec existing, Runnable onChange) {
        this.costModels = costModels;
        this.product = product;
        this.parameters = parameters;
        this.onChange = onChange;
        setId("cost-model-editor");
        addClassName("cost-model-editor");
        add(new H2("Cost model of " + product.name()));
        currency.setId("cost-model-currency");
        currency.setMaxLength(3);
        currency.setHelperText("ISO 4217, e.g. USD");
        base.setId("cost-model-base");
        base.setHelperText("Per month, at most " + CostModelRules.MONEY_DECIMALS + " decimals");
        currency.setValue(existing == null ? "USD" : existing.currency());
        base.setValue(existing == null ? "0" : existing.baseMonthly().toPlainString());
        currency.addValueChangeListener(e -> changed());
        base.addValueChangeListener(e -> changed());
        rateRows.setId("cost-model-rates");
        if (existing != null) {
            existing.rates().forEach(this::addRate);
        }
        addRate.setId("cost-model-add-rate");
        addRate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addRate.addClickListener(e -> addRate(null));
        preview.setId("cost-model-preview");
        message.addClassName("error-text");
        message.setVisible(false);
        save.setId("cost-model-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        remove.setId("cost-model-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setVisible(existing != null);
        remove.addClickListener(e -> Confirm.destructive("Remove the cost model of " + product.name() + "?",
                "Its estimates become unknown, and approval policies treat an unknown cost as expensive.",
                "Remove", this::removeConfirmed));
        add(new Div(currency, base), new H2("Rates"), rateRows, addRate,
                new Div(new Span("Estimate with the default values: "), preview), message, new Div(save, remove));
        refreshPreview();
    }

    RateRow addRate(CostModelSpec.Rate rate) {
        RateRow row = new RateRow(rate);
        rates.add(row);
        rateRows.add(row);
        return row;
    }

    /** The model as typed; empty when an amount is not a number (that field then says so). */
    Optional<CostModelSpec> spec() {
        boolean numbers = true;
        BigDecimal baseValue = number(base);
        numbers &= baseValue != null || base.getValue().isBlank();
        List<CostModelSpec.Rate> list = new ArrayList<>();
        for (RateRow row : rates) {
            BigDecimal price = number(row.unitPrice);
            numbers &= price != null || row.unitPrice.getValue().isBlank();
            list.add(new CostModelSpec.Rate(row.parameter.getValue(), row.matchValue.getValue(), price,
                    row.times.getValue()));
        }
        return numbers ? Optional.of(new CostModelSpec(currency.getValue().strip().toUpperCase(), baseValue, list))
                : Optional.empty();
    }

    void save() {
        clearValidation();
        Optional<CostModelSpec> spec = spec();
        if (spec.isEmpty()) {
            markNonNumbers();
            return;
        }
        try {
            costModels.saveCostModel(product.id(), spec.get());
            remove.setVisible(true);
            Notification.show("Saved the cost model of " + product.name())
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onChange.run();
        } catch (CostModelValidationException e) {
            show(e.violations());
        }
    }

    void removeConfirmed() {
        costModels.removeCostModel(product.id());
        Notification.show("Removed the cost model of " + product.name());
        onChange.run();
    }

    private void changed() {
        refreshPreview();
    }

    void refreshPreview() {
        Optional<Money> estimate = spec().flatMap(s -> costModels.previewCostModel(product.id(), s));
        preview.setText(estimate.map(m -> Formats.money(m.amount(), m.currency()) + " / month")
                .orElse("— (fix the highlighted fields)"));
    }

    void show(List<CostModelViolation> violations) {
        for (CostModelViolation v : violations) {
            HasValidation target = target(v);
            if (target == null) {
                message.setText((message.getText().isEmpty() ? "" : message.getText() + "; ") + v.field() + ": "
                        + v.message());
                message.setVisible(true);
                continue;
            }
            String previous = target.getErrorMessage();
            String text = Character.toUpperCase(v.message().charAt(0)) + v.message().substring(1);
            target.setErrorMessage(previous == null || previous.isBlank() ? text : previous + "; " + v.message());
            target.setInvalid(true);
        }
    }

    private HasValidation target(CostModelViolation v) {
        int index = v.rateIndex();
        if (index < 0) {
            return switch (v.field()) {
                case "currency" -> currency;
                case "baseMonthly" -> base;
                default -> null;
            };
        }
        if (index >= rates.size()) {
            return null;
        }
        RateRow row = rates.get(index);
        return switch (v.rateField()) {
            case "parameter" -> row.parameter;
            case "matchValue" -> row.matchValue;
            case "unitPrice" -> row.unitPrice;
            case "timesParameter" -> row.times;
            default -> null;
        };
    }

    private void clearValidation() {
        List<HasValidation> all = new ArrayList<>(List.of(currency, base));
        rates.forEach(r -> all.addAll(r.fields()));
        all.forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        message.setText("");
        message.setVisible(false);
    }

    private void markNonNumbers() {
        List<TextField> amounts = new ArrayList<>(List.of(base));
        rates.forEach(r -> amounts.add(r.unitPrice));
        amounts.stream().filter(f -> !f.getValue().isBlank() && number(f) == null).forEach(f -> {
            f.setErrorMessage("Must be a number, e.g. 12.50");
            f.setInvalid(true);
        });
    }

    private String hint(String parameterKey) {
        return parameters.stream().filter(p -> p.key().equals(parameterKey)).findFirst()
                .map(p -> !p.allowedValues().isEmpty() ? "One of: " + String.join(", ", p.allowedValues())
                        : p.numeric() ? "Empty: per unit of the number" : "The value that costs the unit price")
                .orElse("Empty: per unit of the parameter's number");
    }

    private static BigDecimal number(TextField field) {
        String text = field.getValue().strip().replace(",", ".");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
