package dev.skyway.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;

/**
 * Browser journeys through the real application ({@link BrowserJourney}): every demo user logs in through the form,
 * sees their name, exactly the navigation their roles allow and their activity chart, then logs out; a wrong password
 * stays on the login page; the audit ledger, Swagger UI and the accessibility of the views no module's journey passes
 * through. Each module's own journeys are in its {@code *JourneysIT}.
 */
class RoleJourneysIT extends BrowserJourney {

    /**
     * THE expected navigation: the side-nav entries each demo user sees, in menu order, no more and no less. Add a
     * view with {@code @Menu} and a role check, then add its title here for the users whose roles may open it.
     */
    static final Map<String, List<String>> EXPECTED_NAVIGATION = Map.of(
            "engineer", List.of("Home", "Catalog", "My requests", "My resources", "Approvals", "Accounts",
                    "Request account", "Account requests", "Incidents", "Incident metrics", "Cost", "Cost breakdown", "Showback",
                    "Cost anomalies", "Budgets", "Savings", "Compliance", "Drift"),
            "approver", List.of("Home", "Catalog", "Approvals", "Accounts", "Incidents", "Incident metrics", "Cost",
                    "Cost breakdown", "Showback", "Cost anomalies", "Budgets", "Savings", "Compliance", "Drift"),
            "finance", List.of("Home", "Approvals", "Accounts", "Incidents", "Incident metrics", "Cost", "Cost breakdown",
                    "Showback", "Cost anomalies", "Budgets", "Savings", "Cost imports", "Compliance", "Drift"),
            "security", List.of("Home", "Approvals", "Accounts", "Incidents", "Incident metrics", "Cost", "Cost breakdown",
                    "Showback", "Cost anomalies", "Budgets", "Savings", "Compliance", "Drift", "Audit ledger"),
            "admin", List.of("Home", "Catalog", "My resources", "Approvals", "Accounts", "Request account",
                    "Account requests", "Incidents", "Incident metrics", "Cost", "Cost breakdown", "Showback", "Cost anomalies",
                    "Budgets", "Savings", "Cost imports", "Compliance", "Drift", "Approval policies", "Catalog sync", "Cost models",
                    "Audit ledger"),
            "lead", List.of("Home", "Catalog", "My requests", "My resources", "Approvals", "Accounts",
                    "Request account", "Account requests", "Incidents", "Incident metrics", "Cost", "Cost breakdown", "Showback",
                    "Cost anomalies", "Budgets", "Savings", "Compliance", "Drift"));

    /** The demo users' display names (DemoUsers); the header shows them. */
    static final Map<String, String> DISPLAY_NAMES = Map.of(
            "engineer", "Erin Engineer",
            "approver", "Avery Approver",
            "finance", "Finley Finance",
            "security", "Sam Security",
            "admin", "Ada Admin",
            "lead", "Lee Lead");

    static final Pattern HOME_URL = Pattern.compile(".*:\\d+/(\\?continue)?$");

    static Stream<String> users() {
        return Stream.of("engineer", "approver", "finance", "security", "admin", "lead");
    }

    @Test
    void loginPage() {
        Page page = newPage();
        page.navigate(url("/login"));

        assertThat(page).hasURL(LOGIN_URL);
        assertThat(page.locator("input[name=username]")).isVisible();
        assertThat(page.locator("input[name=password]")).isVisible();
        assertThat(page.getByText("Wrong username or password")).not().isVisible();
        screenshot(page, "login");
        accessible(page, "login");
        assertNoPageErrors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void roleJourney(String user) {
        Page page = newPage();
        page.navigate(url("/"));
        assertThat(page).hasURL(LOGIN_URL); // not logged in yet: the home view sends us to the login form
        logIn(page, user, PASSWORD);

        // back to the home view we asked for (Spring Security's saved request adds "?continue"); finance starts on
        // the cost overview, with the profile under /?profile
        if ("finance".equals(user)) {
            assertThat(page).hasURL(Pattern.compile(".*/cost(\\?continue)?$"));
            assertThat(page.locator("#cost-scope")).isVisible();
            page.navigate(url("/?profile"));
        } else {
            assertThat(page).hasURL(HOME_URL);
        }
        assertThat(page.locator("#profile-card")).isVisible();
        assertThat(page.locator("#current-user")).containsText(DISPLAY_NAMES.get(user));

        // the user's own login is in the audit ledger, so the activity card shows a chart, not the empty state
        assertThat(page.locator("#activity-card")).isVisible();
        assertThat(page.locator("#activity-chart[data-chart-ready=true]")).isVisible();
        assertThat(page.locator("#activity-chart svg").first()).isVisible();
        screenshot(page, "home-" + user);
        accessible(page, "home");

        // exactly the navigation this user's roles allow, in menu order (after the screenshot, to have one if not)
        assertEquals(EXPECTED_NAVIGATION.get(user), sideNavEntries(page, EXPECTED_NAVIGATION.get(user).size()),
                "side-nav entries of " + user);

        // the browser session also authenticates the API
        APIResponse me = context.request().get(url("/api/v1/me"));
        assertEquals(200, me.status(), () -> "GET /api/v1/me while logged in: " + me.status());
        assertTrue(me.text().contains("\"username\":\"" + user + "\""), me::text);

        page.locator("#logout").click();
        assertThat(page).hasURL(LOGIN_URL);
        assertThat(page.locator("input[name=username]")).isVisible();
        assertThat(page.locator("#current-user")).hasCount(0);
        assertEquals(401, context.request().get(url("/api/v1/me")).status(), "GET /api/v1/me after logout");
        assertNoPageErrors();
    }

    @Test
    void wrongPassword() {
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "engineer", "not-the-password");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Wrong username or password")).isVisible();
        assertThat(page.locator("input[name=username]")).isVisible();
        assertThat(page.locator("#current-user")).hasCount(0);
        screenshot(page, "login-error");

        APIResponse me = context.request().get(url("/api/v1/me"));
        assertEquals(401, me.status(), () -> "GET /api/v1/me after a failed login: " + me.status());
        assertNoPageErrors();
    }

    @Test
    void securityBrowsesFiltersVerifiesAndExportsTheAuditLedger() throws Exception {
        Page page = signedInAs("security");

        page.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Audit ledger")).click();
        assertThat(page).hasURL(Pattern.compile(".*/audit$"));
        Locator grid = page.locator("#audit-grid");
        assertThat(grid).containsText("auth.login-succeeded");

        page.getByLabel("Action").fill("auth.login-succ");
        assertThat(grid).containsText("auth.login-succeeded");
        page.getByLabel("Actor").fill("no-such-actor");
        assertThat(page.getByText("No entries match")).isVisible();
        page.getByLabel("Actor").fill("");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify chain")).click();
        assertThat(page.locator("#verification-result")).containsText("Chain intact");
        screenshot(page, "audit-ledger");
        accessible(page, "audit ledger");

        Download download = page.waitForDownload(() -> page.getByText("Export CSV").click());
        String csv = Files.readString(download.path());
        assertTrue(csv.startsWith("seq,occurred_at_utc,actor_issuer,actor_subject"), csv);
        assertTrue(csv.contains("auth.login-succeeded"), csv);
        assertNoPageErrors();
    }

    @Test
    void engineerCannotOpenTheAuditLedger() {
        Page page = signedInAs("engineer", "/audit");

        assertThat(page.locator("#audit-grid")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("auth.login-succeeded");
    }

    /**
     * Swagger UI is behind sign-in: an anonymous visitor is sent to the login form; signed in, it renders the API
     * with its user-facing tags, each operation's summary and its problem+json errors, within the portal's CSP.
     */
    @Test
    void engineerReadsTheApiInSwaggerUi() {
        Page page = newPage();
        page.navigate(url("/swagger-ui.html"));
        assertThat(page).hasURL(LOGIN_URL);
        logIn(page, "engineer", PASSWORD);
        page.waitForURL(address -> !LOGIN_URL.matcher(address).matches());

        page.navigate(url("/swagger-ui.html"));
        // the document is generated on its first request, which takes a while next to the sandbox's start-up work
        assertThat(page.locator(".swagger-ui .info .title")).containsText("Skyway portal API",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        for (String tag : List.of("Catalog", "Requests", "Approvals", "Accounts", "Cost", "Compliance", "Incidents",
                "Audit", "Portal")) {
            assertThat(page.locator("#operations-tag-" + tag)).isVisible();
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("swagger-ui.png"))
                .setAnimations(ScreenshotAnimations.DISABLED));

        Locator submit = page.getByText("Request a catalog product");
        if (submit.count() == 0) {
            page.locator("#operations-tag-Requests").click(); // a collapsed tag renders no operations
        }
        submit.first().click();
        assertThat(page.locator(".opblock.is-open")).containsText("Forbidden: the caller's roles");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("swagger-ui-operation.png"))
                .setAnimations(ScreenshotAnimations.DISABLED));
        assertNoPageErrors();
    }

    /**
     * The accessibility guard on the main views no other journey checks: an admin's administration views and lists,
     * and the inventory with an account's page (the other journeys check every view they pass through).
     */
    @Test
    void theViewsNoOtherJourneyChecksMeetWcagAAndAA() throws Exception {
        awaitSandboxCatalog();
        awaitInventory();
        Page page = signedInAs("admin");
        Map<String, String> views = new java.util.LinkedHashMap<>();
        views.put("/incidents/integrations", "integrations");
        views.put("/account-requests", "account requests");
        views.put("/resources", "my resources (admin)");
        views.put("/admin/approval-policies", "approval policies");
        views.put("/admin/cost-models", "cost models");
        views.put("/cost/allocation", "cost allocation");
        views.put("/compliance/findings", "findings (all)");
        for (var view : views.entrySet()) {
            page.navigate(url(view.getKey()));
            assertThat(page.locator("#current-user")).isVisible();
            accessible(page, view.getValue());
        }
        // the inventory and an account's page without a sync of its own (the inventory sync journey checks them too)
        page.navigate(url("/accounts"));
        page.locator("#accounts-search input").fill("payments-prod");
        Locator account = page.locator("vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("payments-prod"));
        assertThat(account.first()).isVisible();
        accessible(page, "accounts (searched)");
        account.first().click();
        assertThat(page.locator("#account-facts")).containsText("Workloads/Prod");
        accessible(page, "account page (production)");
        assertNoPageErrors();
    }

    /**
     * The labels of the side-nav items. An item's text content also has its shadow DOM's ("Toggle child items"), so
     * this reads the label, the item's own text nodes. Waits for the first item only: the navigation is rendered
     * with the layout in one go, so once one item is there all are.
     */
    @SuppressWarnings("unchecked")
    private static List<String> sideNavEntries(Page page, int expected) {
        Locator items = page.locator("#side-nav vaadin-side-nav-item");
        assertThat(items).hasCount(expected);
        return (List<String>) items.evaluateAll("""
                items => items.map(item => [...item.childNodes]
                    .filter(node => node.nodeType === Node.TEXT_NODE)
                    .map(node => node.textContent).join('').trim())""");
    }
}
