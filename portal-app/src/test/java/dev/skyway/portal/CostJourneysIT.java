package dev.skyway.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/** The cost journeys: finance's views of the sandbox's cost, and what an engineer may see and do. */
class CostJourneysIT extends BrowserJourney {

    @Test
    void financeSeesTheSandboxsCostOverviewBreakdownsShowbackAnomaliesBudgetsAndSavings() throws Exception {
        awaitSandboxCost();
        Page page = signedInAs("finance");

        page.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Cost")).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/cost$"));
        assertThat(page.locator("#cost-scope")).containsText("all accounts");
        assertThat(page.locator("#cost-kpis")).containsText("Month to date");
        assertThat(page.locator("#cost-trend-chart svg").first()).isVisible();
        assertThat(page.locator("#cost-forecast-accuracy")).containsText("MAPE");
        assertThat(page.locator("#cost-freshness-grid")).containsText("FINAL");
        assertThat(page.locator("#cost-recent-anomalies")).isVisible();
        screenshot(page, "cost-overview");
        accessible(page, "cost overview");

        page.navigate(url("/cost/breakdown?groupBy=team&metric=EffectiveCost"));
        assertThat(page.locator("#breakdown-grid")).containsText("payments");
        assertThat(page.locator("#breakdown-chart svg").first()).isVisible();
        screenshot(page, "cost-breakdown");
        accessible(page, "cost breakdown");

        page.navigate(url("/cost/breakdown?groupBy=SubAccountId&untagged=true"));
        assertThat(page.locator("#breakdown-summary")).isVisible();
        assertThat(page.locator("#breakdown-grid vaadin-grid-cell-content").first()).isVisible();
        screenshot(page, "cost-untagged");

        // last month per team: direct, shared and total, with the unallocated spend as its own row
        page.navigate(url("/cost/showback"));
        assertThat(page.locator("#showback-scope")).containsText("all accounts");
        assertThat(page.locator("#showback-grid")).containsText("payments");
        assertThat(page.locator("#showback-grid")).containsText("Unallocated / untagged");
        assertThat(page.locator("#showback-chart svg").first()).isVisible();
        assertThat(page.locator("#showback-csv-export")).isVisible();
        // the FOCUS link leaves the router alone and downloads from the API with the browser's session
        com.microsoft.playwright.Download focus = page.waitForDownload(() ->
                page.locator("#showback-focus-export").click());
        assertTrue(focus.suggestedFilename().startsWith("skyway-focus-"), focus::suggestedFilename);
        // the grid is the report: a taller window, so the screenshot shows it under the chart
        page.setViewportSize(1280, 1500);
        screenshot(page, "cost-showback");
        accessible(page, "showback");
        page.setViewportSize(1280, 800);

        // the largest anomaly of the last 90 days, opened with its explanation (a shareable link)
        String anomalies = context.request().get(url("/api/v1/cost/anomalies?start="
                + java.time.LocalDate.now().minusDays(90) + "&end=" + java.time.LocalDate.now().plusDays(1))).text();
        String anomalyId = com.jayway.jsonpath.JsonPath.read(anomalies, "$[0].id");
        page.navigate(url("/cost/anomalies?anomaly=" + anomalyId));
        assertThat(page.locator("#anomalies-grid")).containsText("·");
        assertThat(page.locator("#anomalies-grid")).containsText("What moved");
        screenshot(page, "cost-anomalies");
        accessible(page, "cost anomalies");

        page.navigate(url("/cost/budgets"));
        assertThat(page.locator("#budgets")).isVisible();
        screenshot(page, "cost-budgets");
        accessible(page, "budgets");

        page.navigate(url("/cost/savings"));
        assertThat(page.locator("#savings-recommendations")).containsText("Savings Plan");
        screenshot(page, "cost-savings");
        accessible(page, "savings");

        page.navigate(url("/cost/imports"));
        assertThat(page.locator("#imports-grid")).containsText("COMPLETED");
        screenshot(page, "cost-imports");
        accessible(page, "cost imports");
        assertNoPageErrors();
    }

    @Test
    void anEngineerSeesOnlyTheirTeamsCostAndCannotImport() throws Exception {
        awaitSandboxCost();
        Page page = signedInAs("engineer", "/cost");

        assertThat(page.locator("#cost-scope")).containsText("team payments");
        assertThat(page.locator("#cost-kpis")).containsText("Month to date");
        screenshot(page, "cost-overview-engineer");
        assertEquals(403, context.request().post(url("/api/v1/cost/imports"),
                com.microsoft.playwright.options.RequestOptions.create().setHeader("Content-Type", "text/csv")
                        .setData("BilledCost\n1\n")).status(), "an engineer's import");
        assertNoPageErrors();
    }

    /** The sandbox's cost is generated and imported in the background after the first inventory sync. */
    private void awaitSandboxCost() {
        awaitApi("finance", "/api/v1/cost/imports", Duration.ofMinutes(6), true,
                answer -> answer.text().contains("\"COMPLETED\""));
    }
}
