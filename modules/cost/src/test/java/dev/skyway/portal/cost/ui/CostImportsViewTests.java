package dev.skyway.portal.cost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.Query;

import dev.skyway.portal.cost.CostImport;

/**
 * The imports page: a file that is not FOCUS is refused naming the missing columns, a FOCUS file is imported and a
 * repeat of it changes nothing, and the page polls while an import runs.
 */
class CostImportsViewTests extends CostViewTest {

    @BeforeEach
    void nothingImported() {
        noCostData();
    }

    @Test
    void aFileThatIsNotFocusIsRefusedNamingTheMissingColumns() {
        CostImportsView view = attached(new CostImportsView(imports));

        test(view.upload).upload("cur.csv", "text/csv", fixture("not-focus.csv"));

        assertThat(outcomes(view)).singleElement().asString().isEqualTo("cur.csv is not a FOCUS file: it lacks the "
                + "columns BilledCost, EffectiveCost, ListCost, ContractedCost, BillingCurrency, ChargePeriodStart, "
                + "BillingPeriodStart, BillingAccountId, ChargeCategory, ServiceName. Nothing was imported.");
        assertThat(imports.recent(10)).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void aFocusFileIsImportedAndARepeatChangesNothing() {
        CostImportsView view = attached(new CostImportsView(imports));

        test(view.upload).upload(V12, "text/csv", fixture(V12));
        CostImport done = waitFor(imports.recent(1).getFirst().id());
        test(view.upload).upload(V12, "text/csv", fixture(V12));

        assertThat(done.status()).isEqualTo(CostImport.COMPLETED);
        assertThat(outcomes(view)).containsExactly(V12 + ": Already imported — nothing changed.",
                V12 + ": importing (FOCUS 1.2). The list below shows when it is done.");
        assertThat(view.grid.getDataProvider().fetch(new Query<>()).toList()).singleElement()
                .satisfies(i -> {
                    assertThat(i.fileName()).isEqualTo(V12);
                    assertThat(i.focusVersion()).isEqualTo("1.2");
                    assertThat(i.billingPeriods()).containsExactly("2024-10");
                    assertThat(i.status()).isEqualTo(CostImport.COMPLETED);
                });
    }

    @Test
    void thePagePollsWhileAnImportRunsAndStopsWhenItEnded() {
        UUID running = UUID.randomUUID();
        jdbc.update("""
                insert into cost.cost_import (id, status, source, file_name, file_sha256, file_format, focus_version,
                    requested_by, started_at)
                values (?, 'RUNNING', 'UPLOAD', 'big.parquet', 'abc', 'PARQUET', '1.2', 'fay', ?)""",
                running, Timestamp.from(NOW));

        CostImportsView view = attached(new CostImportsView(imports));

        assertThat(view.polling()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(CostImportsView.POLL_MILLIS);

        jdbc.update("update cost.cost_import set status = 'COMPLETED', row_count = 1200, billing_periods = '2024-10'");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(view.polling()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(view.grid.getDataProvider().fetch(new Query<>()).toList()).extracting(CostImport::status)
                .containsExactly(CostImport.COMPLETED);
    }

    private static java.util.List<String> outcomes(CostImportsView view) {
        return view.outcomes.getChildren().map(c -> ((Paragraph) c).getText()).toList();
    }
}
