package dev.skyway.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/** The catalog's journeys: syncing and browsing it, then requesting products with and without approval. */
class CatalogJourneysIT extends BrowserJourney {

    @Test
    void adminSyncsTheCatalogThenBrowsesFiltersAndOpensAProduct() {
        Page page = signedInAs("admin");

        page.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Catalog sync")).click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/catalog$"));
        Locator lastSync = page.locator("#catalog-sync-status");
        assertThat(lastSync).containsText("Last sync");
        String beforeThisRun = lastSync.innerText();
        page.locator("#catalog-sync-now").click();
        // the bar shows this run, not the state left by the sync at start-up: RUNNING may be too short to see (the
        // sandbox syncs in milliseconds), so the proof is a finish time (to the second) other than the earlier one
        assertThat(lastSync).not().hasText(beforeThisRun);
        assertThat(page.locator("#catalog-sync-status .sync-state[data-state=SUCCEEDED]")).isVisible();
        assertThat(page.locator("#catalog-sync-status")).containsText("6 products in 3 portfolios");
        screenshot(page, "catalog-sync");
        accessible(page, "catalog sync");

        // before publishing a product: what the portal makes of a template, here one with a duplicate key
        page.locator("#template-check-body textarea").fill("""
                AWSTemplateFormatVersion: "2010-09-09"
                Parameters:
                  DBInstanceClass:
                    Type: String
                    Default: db.t4g.micro
                  DBInstanceClass:
                    Type: String
                    Default: db.r7g.large
                  VpcId:
                    Type: AWS::EC2::VPC::Id
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                """);
        page.locator("#template-check-button").click();
        assertThat(page.locator("#template-check-result")).containsText("Duplicate key");
        assertThat(page.locator("#template-check-result")).containsText("VpcId");
        page.locator("#template-check").scrollIntoViewIfNeeded();
        screenshot(page, "template-check");

        page.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Catalog")).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/catalog$"));
        Locator cards = page.locator("#catalog-cards .product-card");
        assertThat(cards).hasCount(6);
        screenshot(page, "catalog");
        accessible(page, "catalog");
        page.locator("#catalog-search input").fill("postgres");
        assertThat(cards).hasCount(1);
        cards.first().getByRole(AriaRole.LINK).click();

        assertThat(page).hasURL(Pattern.compile(".*/catalog/prod-sbxrdspgsql01$"));
        Locator password = page.locator("#product-parameters [data-parameter=MasterPassword]");
        assertThat(password).containsText("Master password");
        assertThat(password).containsText("secret");
        assertThat(page.locator("#product-parameters")).containsText("Capacity");
        screenshot(page, "catalog-product");
        accessible(page, "product page");
        assertNoPageErrors();
    }

    @Test
    void engineerRequestsADevBucketAndSeesItProvisionedWithOutputs() throws Exception {
        awaitSandboxCatalog();
        Page page = signedInAs("engineer", "/catalog/prod-sbxs3bucket01");

        page.locator("#request-product").click();
        assertThat(page).hasURL(Pattern.compile(".*/catalog/prod-sbxs3bucket01/request$"));
        String suffix = "journey-" + Long.toHexString(System.nanoTime());
        page.locator("#request-form [data-parameter=BucketNameSuffix] input").fill(suffix);
        page.locator("#request-account input").fill("123456789012");
        page.locator("#request-justification textarea").fill("build artifacts of the journey test");
        chooseTag(page, "cost-center", "CC-1002 Platform");
        chooseTag(page, "data-classification", "internal");
        page.locator("#request-review-button").click();
        assertThat(page.locator("#request-review")).containsText("Approved automatically");
        screenshot(page, "request-form");
        accessible(page, "product request form");
        page.locator("#request-submit").click();

        assertThat(page).hasURL(Pattern.compile(".*/requests/[0-9a-f-]{36}$"));
        awaitOnReload(page, "#request-status", "PROVISIONED");
        assertThat(page.locator("#request-status")).containsText("PROVISIONED");
        assertThat(page.locator("#request-outputs")).containsText("123456789012-eu-central-1-" + suffix);
        screenshot(page, "request-detail");
        accessible(page, "request page");

        page.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("My requests")).click();
        assertThat(page.locator("#my-requests")).containsText("S3 bucket");
        screenshot(page, "my-requests");
        accessible(page, "my requests");
        assertNoPageErrors();
    }

    /** Opens a TagOption's select on the request form and picks a value from its overlay. */
    private static void chooseTag(Page page, String key, String value) {
        page.locator("#request-tags vaadin-select[data-tag='" + key + "']").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(value)).click();
    }

    @Test
    void engineerRequestsAProdDatabaseApproverThenFinanceApproveAndItShowsInMyResources() throws Exception {
        awaitSandboxCatalog();
        Page engineer = signedInAs("engineer", "/catalog/prod-sbxrdspgsql01/request");

        String db = "journey" + Long.toHexString(System.nanoTime());
        engineer.locator("#request-form [data-parameter=DBName] input").fill(db);
        engineer.locator("#request-form [data-parameter=MasterPassword] input").fill("Journey-Passw0rd-2026");
        choose(engineer, "#request-form [data-parameter=InstanceClass]", "db.r7g.xlarge");
        engineer.locator("#request-form [data-parameter=AllocatedStorage] input").fill("1200");
        choose(engineer, "#request-form [data-parameter=MultiAZ]", "true");
        choose(engineer, "#request-environment", "prod");
        // the account first: the VPC and subnet pickers list what exists in it (the sandbox's network)
        engineer.locator("#request-account input").fill("123456789012");
        pick(engineer, "VpcId", "vpc-c60144761ddaa6b2e");
        pick(engineer, "SubnetIds", "subnet-33257e06966c08ed4");
        pick(engineer, "SubnetIds", "subnet-2c8c8c723180e9eb2");
        engineer.locator("#request-justification textarea").fill("orders database for the journey test");
        chooseTag(engineer, "cost-center", "CC-1002 Platform");
        chooseTag(engineer, "data-classification", "confidential");
        engineer.locator("#request-review-button").click();
        assertThat(engineer.locator("#request-review")).containsText("Finance");
        screenshot(engineer, "prod-db-1-request-form");
        engineer.locator("#request-submit").click();
        assertThat(engineer).hasURL(Pattern.compile(".*/requests/[0-9a-f-]{36}$"));
        String requestId = engineer.url().substring(engineer.url().lastIndexOf('/') + 1);
        assertThat(engineer.locator("#request-status")).containsText("PENDING_APPROVAL");
        screenshot(engineer, "prod-db-2-submitted");

        approve("approver", requestId, "prod-db-3-approver");
        approve("finance", requestId, "prod-db-4-finance");

        engineer.navigate(url("/requests/" + requestId));
        awaitOnReload(engineer, "#request-status", "PROVISIONED");
        assertThat(engineer.locator("#request-status")).containsText("PROVISIONED");
        assertThat(engineer.locator("#request-outputs")).containsText("DbEndpoint");
        screenshot(engineer, "prod-db-5-provisioned");

        engineer.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("My resources"))
                .click();
        engineer.locator("#resources-search input").fill(db);
        assertThat(engineer.locator("#my-resources")).containsText(db);
        screenshot(engineer, "prod-db-6-my-resources");
        accessible(engineer, "my resources");
        engineer.navigate(url("/resources/" + requestId));
        assertThat(engineer.locator("#resource-outputs")).containsText(db + ".");
        assertThat(engineer.locator("#resource-outputs")).containsText("DbPort");
        screenshot(engineer, "prod-db-7-resource-outputs");
        accessible(engineer, "resource page");
        assertNoPageErrors();
    }

    /** Logs in as {@code user} in a browser context of its own and approves the request from the inbox. */
    private void approve(String user, String requestId, String screenshotName) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
        page.onPageError(error -> pageErrors.add(error));
        try {
            page.navigate(url("/login"));
            logIn(page, user, PASSWORD);
            assertThat(page.locator("#current-user")).isVisible();
            page.navigate(url("/approvals"));
            page.locator("vaadin-text-field[placeholder='Title or id'] input").fill(requestId);
            // the search applies after its lazy timeout and clears the selection: let it land before choosing a row
            page.waitForTimeout(1_000);
            Locator row = page.locator("#tasks-grid vaadin-grid-cell-content",
                    new Page.LocatorOptions().setHasText("RDS PostgreSQL")).first();
            Locator approve = page.locator("#task-panel vaadin-button",
                    new Page.LocatorOptions().setHasText("Approve"));
            // on a slow machine the search may still land after a click and clear it: choose the row until it stays
            page.waitForCondition(() -> {
                idle(page);
                if (!approve.isVisible()) {
                    row.click();
                    idle(page);
                }
                return approve.isVisible();
            }, new Page.WaitForConditionOptions().setTimeout(20_000));
            page.locator("#task-panel textarea").fill("fine for " + user);
            screenshot(page, screenshotName);
            accessible(page, "approvals inbox");
            page.locator("#task-panel vaadin-button", new Page.LocatorOptions().setHasText("Approve")).click();
            // the inbox confirms the decision in a notification (or shows why it was refused)
            assertThat(page.locator("vaadin-notification-card").first()).containsText("Decision recorded");
            // the inbox's second page lists the decision
            page.locator("#approvals-sections a", new Page.LocatorOptions().setHasText("Decided by you")).click();
            assertThat(page.locator("#decided-grid vaadin-grid-cell-content",
                    new Page.LocatorOptions().setHasText("fine for " + user)).first()).isVisible();
            // checked once the confirmation has closed: axe-core measures a notification while it fades in, when
            // its green (Lumo's #158443, 4.76:1 against white text) is still blended with the page (4.18:1)
            assertThat(page.locator("vaadin-notification-card")).hasCount(0,
                    new LocatorAssertions.HasCountOptions().setTimeout(15_000));
            accessible(page, "decided by you");
        } finally {
            page.context().close();
        }
    }

    /** Picks an item of a parameter's combo box (single or multi-select) by typing its id, as a user would. */
    private static void pick(Page page, String parameter, String id) {
        var input = page.locator("#request-form [data-parameter=" + parameter + "] vaadin-"
                + ("SubnetIds".equals(parameter) ? "multi-select-" : "") + "combo-box input");
        input.click();
        input.fill(id);
        page.getByRole(AriaRole.OPTION).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(id))
                .first().click();
        if ("SubnetIds".equals(parameter)) {
            input.press("Escape"); // a multi-select keeps its overlay open for the next item
        }
    }
}
