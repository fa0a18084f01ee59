package dev.skyway.portal.compliance.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import dev.skyway.portal.compliance.FindingSort;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.Severity;

/**
 * The finding list's filters. Shows a {@link FindingFilters} and reports each edit as a new one (the sort order is
 * the grid's, so it is carried through unchanged).
 */
final class FindingFilterBar extends HorizontalLayout {

    static final List<String> SOURCES = List.of("SECURITY_HUB", "CONFIG", "PROWLER", "SANDBOX");

    final ComboBox<String> account = new ComboBox<>("Account");
    final ComboBox<String> team = new ComboBox<>("Team");
    final Select<Severity> severity = new Select<>();
    final Select<FindingStatus> status = new Select<>();
    final TextField control = new TextField("Control");
    final ComboBox<Framework> framework = new ComboBox<>("Framework");
    final ComboBox<String> source = new ComboBox<>("Source");
    final Button clear = new Button("Clear filters");
    private FindingSort sort = FindingSort.WORST_FIRST;
    private boolean filling;

    FindingFilterBar(List<String> accounts, List<String> teams, List<Framework> frameworks,
                     Consumer<FindingFilters> onChange) {
        account.setItems(new ArrayList<>(accounts));
        account.setAllowCustomValue(true);
        account.addCustomValueSetListener(e -> account.setValue(known(account, e.getDetail().strip())));
        team.setItems(new ArrayList<>(teams));
        severity.setLabel("Severity");
        severity.setItems(Severity.values());
        severity.setEmptySelectionAllowed(true);
        severity.setEmptySelectionCaption("Any");
        severity.setItemLabelGenerator(s -> s == null ? "Any" : ComplianceText.label(s));
        status.setLabel("Status");
        status.setItems(FindingStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        status.setItemLabelGenerator(s -> s == null ? "Any" : ComplianceText.label(s));
        control.setPlaceholder("e.g. IAM.6");
        control.setValueChangeMode(ValueChangeMode.LAZY);
        framework.setItems(frameworks);
        framework.setItemLabelGenerator(f -> f.name() + (f.version().isEmpty() ? "" : " " + f.version()));
        source.setItems(new ArrayList<>(SOURCES));
        source.setAllowCustomValue(true);
        source.addCustomValueSetListener(e -> source.setValue(known(source, e.getDetail().strip()
                .toUpperCase(java.util.Locale.ROOT))));
        List.of(account, team, source, framework).forEach(c -> c.setClearButtonVisible(true));
        control.setClearButtonVisible(true);
        account.setId("findings-account");
        team.setId("findings-team");
        severity.setId("findings-severity");
        status.setId("findings-status");
        control.setId("findings-control");
        framework.setId("findings-framework");
        source.setId("findings-source");
        account.addValueChangeListener(e -> edited(onChange));
        team.addValueChangeListener(e -> edited(onChange));
        severity.addValueChangeListener(e -> edited(onChange));
        status.addValueChangeListener(e -> edited(onChange));
        control.addValueChangeListener(e -> edited(onChange));
        framework.addValueChangeListener(e -> edited(onChange));
        source.addValueChangeListener(e -> edited(onChange));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            show(FindingFilters.NONE.withSort(sort));
            onChange.accept(value());
        });
        add(account, team, severity, status, control, framework, source, clear);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    /** Shows the filters without reporting a change. */
    void show(FindingFilters filters) {
        filling = true;
        try {
            sort = filters.sort();
            account.setValue(known(account, filters.account()));
            team.setValue(known(team, filters.team()));
            severity.setValue(filters.severity());
            status.setValue(filters.status());
            control.setValue(filters.control() == null ? "" : filters.control());
            framework.setValue(framework.getListDataView().getItems()
                    .filter(f -> f.id().equals(filters.framework())).findFirst().orElse(null));
            source.setValue(known(source, filters.source()));
        } finally {
            filling = false;
        }
    }

    FindingFilters value() {
        Framework f = framework.getValue();
        @Nullable UUID frameworkId = f == null ? null : f.id();
        return new FindingFilters(account.getValue(), team.getValue(), severity.getValue(), status.getValue(),
                control.getValue(), frameworkId, source.getValue(), sort);
    }

    void sort(FindingSort newSort) {
        sort = newSort;
    }

    private void edited(Consumer<FindingFilters> onChange) {
        if (!filling) {
            onChange.accept(value());
        }
    }

    /** A value from a link that the list lacks (e.g. an account without findings) is added to it. */
    private static @Nullable String known(ComboBox<String> box, @Nullable String value) {
        if (value != null && box.getListDataView().getItems().noneMatch(value::equals)) {
            box.getListDataView().addItem(value);
        }
        return value;
    }
}
