package dev.skyway.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The account journeys: the inventory, and a sandbox account requested, vended and closed again. */
class AccountJourneysIT extends BrowserJourney {

    @Test
    void adminSyncsTheAccountInventoryThenFiltersAndOpensAnAccount() {
        Page page = signedInAs("admin");

        page.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Accounts")).click();
        assertThat(page).hasURL(Pattern.compile(".*/accounts$"));
        page.locator("#accounts-sync-now").click();
        assertThat(page.locator("#accounts-sync-status[data-state=RUNNING]")).isVisible();
        assertThat(page.locator("#accounts-sync-status[data-state=SUCCEEDED]")).isVisible();
        assertThat(page.locator("#accounts-sync-status")).containsText("42 accounts in 7 organizational units");
        assertThat(page.locator("#accounts-ou-tree")).containsText("Workloads");
        screenshot(page, "accounts");
        accessible(page, "accounts");

        page.locator("#accounts-search input").fill("payments-prod");
        Locator cell = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("payments-prod"));
        assertThat(cell.first()).isVisible();
        cell.first().click();

        assertThat(page).hasURL(Pattern.compile(".*/accounts/\\d{12}$"));
        assertThat(page.locator("#account-facts")).containsText("Workloads/Prod");
        assertThat(page.locator("#account-facts")).containsText("CC-2100");
        screenshot(page, "account");
        accessible(page, "account page");
        assertNoPageErrors();
    }

    @Test
    void engineerRequestsASandboxAccountApproverApprovesAndItAppearsInTheInventoryWithItsBaseline()
            throws Exception {
        awaitInventory();
        String name = "journey-" + Long.toHexString(System.nanoTime());
        Page page = signedInAs("engineer");

        page.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Request account"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/accounts/request$"));
        page.locator("#account-name input").fill(name);
        page.locator("#account-email input").fill("aws+" + name + "@example.com");
        page.locator("#account-ou").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Sandbox")).first().click();
        page.locator("#account-cost-center input").fill("CC-2100");
        page.locator("#account-budget input").fill("150");
        page.locator("#account-justification textarea").fill("A sandbox for the browser journey");
        page.locator("#account-review").click();
        assertThat(page.locator("#account-review-section")).containsText("Who will approve");
        screenshot(page, "account-request-form");
        accessible(page, "account request form");
        page.locator("#account-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/account-requests/[0-9a-f-]{36}$"));
        assertThat(page.locator("#account-request-status")).containsText("PENDING_APPROVAL");
        String requestUrl = page.url();
        context.close();

        Page approver = openTaskInInbox("approver", name);
        assertThat(approver.locator("#task-panel")).containsText("team's current accounts");
        // the cost module answers the team's spend from the rollups (not yet there when the sandbox's cost is still
        // being imported in the background)
        assertThat(approver.locator("#task-panel")).containsText(Pattern.compile(
                "team's spend this month: ([0-9.,]+ USD|not available for this team)"));
        screenshot(approver, "account-request-approval");
        accessible(approver, "approvals inbox (account request)");
        approveOpenTask(approver, name);

        page = signedInAs("engineer");
        page.navigate(requestUrl);
        awaitOnReload(page, "#account-request-status", "PROVISIONED");
        assertThat(page.locator("#account-request-status")).containsText("PROVISIONED");
        assertThat(page.locator("#account-request-baselines")).containsText("security-baseline");
        assertThat(page.locator("#account-request-baselines")).containsText("SUCCEEDED");
        assertThat(page.locator("#account-request-timeline")).containsText("ACCOUNT_CREATED");
        screenshot(page, "account-request-detail");
        accessible(page, "account request page");

        page.locator("#account-request-account").click();
        assertThat(page).hasURL(Pattern.compile(".*/accounts/\\d{12}$"));
        assertThat(page.locator("#account-facts")).containsText("Sandbox");
        assertThat(page.locator("#account-vending-baselines")).containsText("SUCCEEDED");
        assertThat(page.locator("#account-vending-budget")).containsText("150");
        screenshot(page, "vended-account");
        accessible(page, "vended account page");
        String accountUrl = page.url();

        page.navigate(url("/accounts"));
        page.locator("#accounts-search input").fill(name);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name)).first())
                .isVisible();
        screenshot(page, "vended-account-in-inventory");
        assertNoPageErrors();
        context.close();

        closeTheVendedAccount(accountUrl, name);
    }

    /** Logs in as {@code user} in a browser context of its own and opens the pending task naming {@code subject}. */
    private Page openTaskInInbox(String user, String subject) {
        Page page = signedInAs(user, "/approvals");
        Locator task = page.locator("#tasks-grid vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(subject));
        assertThat(task.first()).isVisible();
        task.first().click();
        return page;
    }

    /**
     * Approves the open task, waits until the decision is confirmed and listed on the inbox's "decided by you" page
     * (it must reach the server), closes the context.
     */
    private void approveOpenTask(Page page, String decided) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve").setExact(true)).click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Decision recorded");
        page.locator("#approvals-sections a", new Page.LocatorOptions().setHasText("Decided by you")).click();
        assertThat(page.locator("#decided-grid")).containsText(decided);
        // the page has no menu entry of its own: the side navigation shows it under Approvals
        assertThat(page.locator("vaadin-side-nav-item[current]")).hasCount(1);
        assertThat(page.locator("vaadin-side-nav-item[current]")).containsText("Approvals");
        page.context().close();
    }

    /** The owner asks to close the account; an approver then security approve; the sandbox suspends it. */
    private void closeTheVendedAccount(String accountUrl, String name) throws Exception {
        Page page = signedInAs("engineer");
        page.navigate(accountUrl);
        page.locator("#account-close").click();
        assertThat(page.locator("#account-close-dialog")).containsText(name);
        page.locator("#account-close-justification textarea").fill("The experiment is over");
        screenshot(page, "account-close-confirmation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request closing").setExact(true))
                .last().click();
        assertThat(page).hasURL(Pattern.compile(".*/account-requests/[0-9a-f-]{36}$"));
        assertThat(page.locator("#account-request-status")).containsText("PENDING_APPROVAL");
        String closeUrl = page.url();
        context.close();

        for (String approverUser : List.of("approver", "security")) {
            approveOpenTask(openTaskInInbox(approverUser, name), "Close account " + name);
        }

        page = signedInAs("engineer");
        page.navigate(closeUrl);
        awaitOnReload(page, "#account-request-status", "CLOSED");
        assertThat(page.locator("#account-request-status")).containsText("CLOSED");
        screenshot(page, "account-closed-request");
        page.navigate(accountUrl);
        assertThat(page.locator("#account-facts")).containsText("SUSPENDED");
        assertThat(page.locator("#account-facts")).containsText("Suspended");
        assertThat(page.locator("#account-close")).hasCount(0);
        screenshot(page, "account-closed");
        assertNoPageErrors();
    }
}
