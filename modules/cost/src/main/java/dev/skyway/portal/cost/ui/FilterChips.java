package dev.skyway.portal.cost.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The filters a breakdown carries that have no field of their own (an OU, a cost center, a provider, or the empty
 * "(none)" group a drill-down picked), each as a button that removes it.
 */
final class FilterChips extends Div {

    private final Map<String, String> filters = new LinkedHashMap<>();
    private final Runnable onRemove;

    FilterChips(Runnable onRemove) {
        this.onRemove = onRemove;
        setId("breakdown-other-filters");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
    }

    void show(Map<String, String> shown) {
        filters.clear();
        filters.putAll(shown);
        render();
    }

    Map<String, String> filters() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    private void render() {
        removeAll();
        filters.forEach((name, value) -> {
            Button chip = new Button(Dimensions.label(name) + ": " + (value.isEmpty() ? "(none)" : value),
                    VaadinIcon.CLOSE_SMALL.create(), e -> {
                        filters.remove(name);
                        render();
                        onRemove.run();
                    });
            chip.setIconAfterText(true);
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.getElement().setAttribute("data-filter", name);
            chip.setTooltipText("Remove this filter");
            add(chip);
        });
        setVisible(!filters.isEmpty());
    }
}
