package dev.skyway.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;

/**
 * Browser journeys through the real application (production-mode Vaadin, in-memory H2, local demo users) in headless
 * Chromium: every demo user logs in through the form, sees their name, exactly the navigation their roles allow and
 * their activity chart, then logs out; a wrong password stays on the login page. Screenshots go to
 * {@code target/screenshots/}.
 *
 * <p>Needs {@code /usr/bin/chromium} (Debian package {@code chromium}) and {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}
 * (set by the failsafe configuration).
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:it-role-journeys;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "vaadin.launch-browser=false", "portal.cost.sandbox.seed=true", "portal.compliance.sandbox.seed=true"})
class RoleJourneysIT {

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

    static final String PASSWORD = "demo";
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final Pattern HOME_URL = Pattern.compile(".*:\\d+/(\\?continue)?$");
    static final Pattern LOGIN_URL = Pattern.compile(".*/login(\\?.*)?$");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    final List<String> pageErrors = new ArrayList<>();
    final List<String> cspViolations = new ArrayList<>();
    final List<String> accessibilityViolations = new ArrayList<>();

    static Stream<String> users() {
        return Stream.of("engineer", "approver", "finance", "security", "admin", "lead");
    }

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        // generous waits: the build machine has two shared cores (no assertion is about speed)
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
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
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "security", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();

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
    void adminSyncsTheCatalogThenBrowsesFiltersAndOpensAProduct() {
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "admin", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();

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
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "engineer", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();

        page.navigate(url("/catalog/prod-sbxs3bucket01"));
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

    /** The scheduled inventory sync fills the OU tree shortly after start; wait for it (engineers cannot sync). */
    private void awaitInventory() throws InterruptedException {
        var api = playwright.request().newContext(new com.microsoft.playwright.APIRequest.NewContextOptions()
                .setExtraHTTPHeaders(java.util.Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("engineer:demo".getBytes()))));
        try {
            for (int i = 0; i < 60; i++) {
                if (api.get(url("/api/v1/organizational-units")).text().contains("Sandbox")) {
                    return;
                }
                Thread.sleep(1_000);
            }
        } finally {
            api.dispose();
        }
    }

    @Test
    void engineerRequestsAProdDatabaseApproverThenFinanceApproveAndItShowsInMyResources() throws Exception {
        awaitSandboxCatalog();
        Page engineer = newPage();
        engineer.navigate(url("/login"));
        logIn(engineer, "engineer", PASSWORD);
        assertThat(engineer.locator("#current-user")).isVisible();

        engineer.navigate(url("/catalog/prod-sbxrdspgsql01/request"));
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
        } finally {
            page.context().close();
        }
    }

    /** Picks {@code value} in the vaadin-select at {@code selector}. */
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

    private static void choose(Page page, String selector, String value) {
        // the field itself: the host's centre may be on its label or helper text, which do not open the overlay
        page.locator(selector + " [part~='input-field']").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(value).setExact(true)).click();
        assertThat(page.locator(selector)).containsText(value);
    }


    /** The scheduled sync fills the catalog shortly after start; wait for it (engineers cannot sync). */
    private void awaitSandboxCatalog() throws InterruptedException {
        var api = playwright.request().newContext(new com.microsoft.playwright.APIRequest.NewContextOptions()
                .setExtraHTTPHeaders(java.util.Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("engineer:demo".getBytes()))));
        try {
            for (int i = 0; i < 40; i++) {
                if (api.get(url("/api/v1/catalog/products/prod-sbxs3bucket01")).status() == 200) {
                    return;
                }
                Thread.sleep(1_000);
            }
        } finally {
            api.dispose();
        }
    }

    @Test
    void financeSeesTheSandboxsCostOverviewBreakdownsShowbackAnomaliesBudgetsAndSavings() throws Exception {
        awaitSandboxCost();
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "finance", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();

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
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "engineer", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();

        page.navigate(url("/cost"));
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
        var api = playwright.request().newContext(new com.microsoft.playwright.APIRequest.NewContextOptions()
                .setExtraHTTPHeaders(java.util.Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("finance:demo".getBytes()))));
        try {
            org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofMinutes(6))
                    .pollInterval(java.time.Duration.ofSeconds(3))
                    .until(() -> api.get(url("/api/v1/cost/imports")).text().contains("\"COMPLETED\""));
        } finally {
            api.dispose();
        }
    }

    @Test
    void adminSyncsTheAccountInventoryThenFiltersAndOpensAnAccount() {
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "admin", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();

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
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "engineer", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();

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

        page = newPage();
        page.navigate(url("/login"));
        logIn(page, "engineer", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
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
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, user, PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(url("/approvals"));
        Locator task = page.locator("#tasks-grid vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(subject));
        assertThat(task.first()).isVisible();
        task.first().click();
        return page;
    }

    /** Approves the open task, waits until the decision is listed (it must reach the server), closes the context. */
    private void approveOpenTask(Page page, String decided) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve").setExact(true)).click();
        assertThat(page.locator("#decided-grid")).containsText(decided);
        page.context().close();
    }

    /** The owner asks to close the account; an approver then security approve; the sandbox suspends it. */
    private void closeTheVendedAccount(String accountUrl, String name) throws Exception {
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "engineer", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
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

        page = newPage();
        page.navigate(url("/login"));
        logIn(page, "engineer", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
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

    @Test
    void engineerCannotOpenTheAuditLedger() {
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "engineer", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();

        page.navigate(url("/audit"));
        assertThat(page.locator("#audit-grid")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("auth.login-succeeded");
    }

    private Page newPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setAcceptDownloads(true));
        context.setDefaultTimeout(30_000);
        // the browser reports what the Content-Security-Policy blocked as an event and a console error: collect both
        context.addInitScript("""
                document.addEventListener('securitypolicyviolation', e => console.error(
                    'securitypolicyviolation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));""");
        Page page = context.newPage();
        page.onPageError(error -> pageErrors.add(error));
        page.onConsoleMessage(message -> {
            if (message.text().contains("securitypolicyviolation") || message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        return page;
    }

    private static void logIn(Page page, String username, String password) {
        Locator usernameField = page.locator("input[name=username]");
        assertThat(usernameField).isEditable();
        usernameField.fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
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

    /**
     * No uncaught script error, nothing the Content-Security-Policy had to block (it fits the portal), and no WCAG 2.1
     * A/AA violation on the views the journey checked.
     */
    private void assertNoPageErrors() {
        assertTrue(pageErrors.isEmpty(), () -> "uncaught errors in the page: " + pageErrors);
        assertTrue(cspViolations.isEmpty(), () -> "Content-Security-Policy violations: " + cspViolations);
        assertTrue(accessibilityViolations.isEmpty(), () -> String.join("\n", accessibilityViolations));
    }

    /**
     * The accessibility guard (axe-core's WCAG 2.1 A/AA rules) on the view the page shows now; what it finds fails the
     * journey at its end, so one run lists the violations of all the journey's views.
     */
    private void accessible(Page page, String view) {
        accessibilityViolations.addAll(Accessibility.violations(page, view));
    }

    /**
     * Screenshots once Vaadin has no server round trip under way, with CSS animations and transitions finished
     * (Lumo fades the loading bar out over ~0.8 s, which would otherwise show as a line at the top).
     */
    /** Waits until Vaadin has no server round trip under way. */
    /** Reloads a page that does not refresh itself until the element shows the text (vending takes several passes). */
    private static void awaitOnReload(Page page, String selector, String text) {
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(120))
                .pollInterval(java.time.Duration.ofSeconds(2)).until(() -> {
                    page.reload();
                    return page.locator(selector).innerText().contains(text);
                });
    }

    private static void idle(Page page) {
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                    && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())""");
    }

    private static void screenshot(Page page, String name) {
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                    && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())""");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void engineerWritesAndPublishesThePostmortemOfAResolvedIncidentThenReadsTheMetrics() throws Exception {
        var api = playwright.request().newContext(new com.microsoft.playwright.APIRequest.NewContextOptions()
                .setExtraHTTPHeaders(java.util.Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("engineer:demo".getBytes()), "Content-Type", "application/json")));
        String id;
        try {
            var declared = api.post(url("/api/v1/incidents"), com.microsoft.playwright.options.RequestOptions.create()
                    .setData("{\"title\": \"Checkout returns 500s\", \"severity\": \"SEV3\", \"accountIds\": "
                            + "[\"383317268332\"], \"summary\": \"A share of checkouts failed after a deploy.\"}"));
            assertEquals(201, declared.status(), declared.text());
            id = declared.text().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
            for (String to : List.of("ACKNOWLEDGED", "MITIGATED", "RESOLVED")) {
                assertEquals(200, api.post(url("/api/v1/incidents/" + id + "/transitions"),
                        com.microsoft.playwright.options.RequestOptions.create()
                                .setData("{\"to\": \"" + to + "\"}")).status());
            }
        } finally {
            api.dispose();
        }
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "engineer", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();

        page.navigate(url("/incidents/" + id + "/postmortem"));
        assertThat(page.locator("#postmortem-state")).containsText("Template");
        assertThat(page.locator("#postmortem-timeline textarea"))
                .hasValue(Pattern.compile("Status: MITIGATED → RESOLVED"));
        page.locator("#postmortem-root-causes textarea").fill("The deploy shipped a connection pool of 5 "
                + "instead of 50.");
        page.locator("#postmortem-went-well textarea").fill("The alarm fired within two minutes; rollback took "
                + "five.");
        page.locator("#action-item-title input").fill("Check pool sizes in the deploy gate");
        page.locator("#action-item-owner input").fill("erin@example.com");
        page.locator("#action-item-due input").fill("2026-12-31");
        page.locator("#action-item-due input").press("Enter");
        page.locator("#action-item-add").click();
        assertThat(page.locator("#action-items")).containsText("Check pool sizes in the deploy gate");
        page.locator("#postmortem-save").click();
        assertThat(page.locator("#postmortem-state")).hasText("Draft");
        assertThat(page.locator("#postmortem-markdown")).isVisible();
        screenshot(page, "incident-postmortem");
        accessible(page, "postmortem");
        page.locator("#postmortem-publish").click();
        assertThat(page.locator("#postmortem-state")).hasText("Published");
        assertThat(page.locator("#postmortem-note")).containsText("the incident is closed");
        screenshot(page, "incident-postmortem-published");

        page.navigate(url("/incidents/metrics"));
        assertThat(page.locator("#kpi-count")).not().hasText("0");
        assertThat(page.locator("#kpi-action-items")).hasText("1");
        assertThat(page.locator("#metrics-weekly svg").first()).isVisible();
        assertThat(page.locator("#metrics-teams")).isVisible();
        screenshot(page, "incident-metrics");
        accessible(page, "incident metrics");
        assertNoPageErrors();
    }

    @Test
    void securitySeesDriftedStacksWithTheirPropertyDiffAndChecksOneNow(
            @org.springframework.beans.factory.annotation.Autowired
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        checkedStack(jdbc, "SC-382272806015-pp-web-service", "DRIFTED", List.of(
                new String[] {"WebSecurityGroup", "sg-0a1b2c3d4e5f60718", "AWS::EC2::SecurityGroup", "MODIFIED",
                        "[{\"propertyPath\":\"/SecurityGroupIngress/1\",\"expectedValue\":null,\"actualValue\":"
                                + "\"{\\\"CidrIp\\\":\\\"0.0.0.0/0\\\",\\\"FromPort\\\":22}\",\"differenceType\":\"ADD\"}]"},
                new String[] {"AssetsBucket", "web-service-assets", "AWS::S3::Bucket", "MODIFIED",
                        "[{\"propertyPath\":\"/VersioningConfiguration/Status\",\"expectedValue\":\"Enabled\","
                                + "\"actualValue\":\"Suspended\",\"differenceType\":\"NOT_EQUAL\"}]"}));
        checkedStack(jdbc, "SC-382272806015-pp-static-site", "IN_SYNC", List.of());
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "security", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();

        page.navigate(url("/compliance/drift"));
        Locator stacks = page.locator("#drift-stacks");
        assertThat(stacks).containsText("pp-static-site");
        stacks.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("pp-web-service"))
                .first().click();
        assertThat(page.locator(".drift-resources").first()).containsText("WebSecurityGroup");
        assertThat(page.locator(".drift-resources").first()).containsText("/VersioningConfiguration/Status");
        screenshot(page, "compliance-drift");
        accessible(page, "drift");

        page.locator(".drift-check-now").first().click();
        assertThat(stacks).containsText("Checking");
        screenshot(page, "compliance-drift-checking");
        // the sandbox's detection takes seconds (longer when the scheduled check of every stack runs meanwhile)
        assertThat(stacks).not().containsText("Checking", new com.microsoft.playwright.assertions.LocatorAssertions
                .ContainsTextOptions().setTimeout(180_000));
        assertThat(stacks).containsText("pp-web-service");
        assertNoPageErrors();
    }

    /** A finished drift check of a made-up stack, as the sandbox's compliance seed (off in the tests) records it. */
    private static void checkedStack(org.springframework.jdbc.core.JdbcTemplate jdbc, String name, String status,
                                     List<String[]> drifted) {
        java.util.UUID id = java.util.UUID.randomUUID();
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update("insert into compliance.drift_check (id, stack_id, stack_name, account_id, region, detection_id, "
                + "status, stack_drift_status, drifted_resources, requested_by, started_at, finished_at) values "
                + "(?, ?, ?, '382272806015', 'eu-west-1', ?, 'DETECTION_COMPLETE', ?, ?, 'system', ?, ?)", id,
                "arn:aws:cloudformation:eu-west-1:382272806015:stack/" + name + "/" + id, name, id.toString(), status,
                drifted.size(), now, now);
        for (String[] r : drifted) {
            jdbc.update("insert into compliance.resource_drift (check_id, logical_resource_id, physical_resource_id, "
                    + "resource_type, drift_status, property_differences, detected_at) values (?, ?, ?, ?, ?, ?, ?)",
                    id, r[0], r[1], r[2], r[3], r[4], now);
        }
    }

    @Test
    void engineerTakesAnAlertThroughAnIncidentToResolution() {
        // an admin creates an Events API integration through the API; monitoring posts an alert to it
        var admin = playwright.request().newContext(new com.microsoft.playwright.APIRequest.NewContextOptions()
                .setExtraHTTPHeaders(Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes()))));
        String integrationId;
        try {
            APIResponse created = admin.post(url("/api/v1/incidents/integrations"),
                    com.microsoft.playwright.options.RequestOptions.create().setData(Map.of("type", "events",
                            "name", "journey-" + Long.toHexString(System.nanoTime()))));
            assertEquals(201, created.status(), created::text);
            integrationId = jsonField(created.text(), "id");
            String secret = jsonField(created.text(), "secret");
            APIResponse alert = playwright.request().newContext().post(url(jsonField(created.text(), "url")),
                    com.microsoft.playwright.options.RequestOptions.create()
                            .setHeader("Authorization", "Bearer " + secret).setData(Map.of(
                                    "event_action", "trigger", "dedup_key", "checkout-5xx",
                                    "payload", Map.of("summary", "Checkout API 5xx rate above 5%",
                                            "severity", "critical", "source", "checkout-api.eu-central-1",
                                            "custom_details", Map.of("aws_account_id", "123456789012")))));
            assertEquals(202, alert.status(), alert::text);
        } finally {
            admin.dispose();
        }

        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "engineer", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(url("/incidents/alerts?integrationId=" + integrationId));
        assertThat(page.locator("#alerts-grid")).containsText("Checkout API 5xx rate above 5%");
        screenshot(page, "incidents-1-alerts");
        accessible(page, "alerts");

        // declare an incident for the alert: SEV3, so no change freeze touches the other journeys' account
        page.locator("#alerts-grid .alert-declare").first().click();
        assertThat(page.locator("#declare-title input")).hasValue("Checkout API 5xx rate above 5%");
        page.locator("#declare-title input").fill("");
        page.locator("#declare-submit").click();
        assertThat(page.locator("#declare-title")).containsText("Must have 1 to 255 characters");
        page.locator("#declare-title input").fill("Checkout returns 5xx");
        page.locator("#declare-severity").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("SEV3")).click();
        page.locator("#declare-summary textarea").fill("Customers cannot pay; the 5xx rate is above 5%.");
        screenshot(page, "incidents-2-declare");
        accessible(page, "declare incident dialog");
        page.locator("#declare-submit").click();

        assertThat(page).hasURL(Pattern.compile(".*/incidents/[0-9a-f-]{36}$"));
        assertThat(page.locator("#incident-facts .incident-status")).hasText("TRIGGERED");
        assertThat(page.locator("#incident-facts .account-link")).hasText("123456789012");
        assertThat(page.locator("#incident-alerts")).containsText("Checkout API 5xx rate above 5%");
        assertThat(page.locator("#move-closed")).hasCount(0);
        page.locator("#move-acknowledged").click();
        assertThat(page.locator("#incident-facts .incident-status")).hasText("ACKNOWLEDGED");
        page.locator("#note-text textarea").fill("Error rate rose right after the 14:02 deploy; rolling back.");
        page.locator("#note-add").click();
        assertThat(page.locator("#incident-timeline")).containsText("rolling back");
        page.locator("#move-mitigated").click();
        assertThat(page.locator("#incident-facts .incident-status")).hasText("MITIGATED");
        assertThat(page.locator("#incident-timestamps [data-timestamp=mitigated]")).not().containsText("—");
        page.setViewportSize(1280, 1800); // the whole incident page: the layout scrolls inside, not the document
        screenshot(page, "incidents-3-mitigated");
        page.locator("#move-resolved").click();
        assertThat(page.locator("#incident-facts .incident-status")).hasText("RESOLVED");
        assertThat(page.locator("#postmortem-link")).isVisible();
        assertThat(page.locator("#incident-changes")).containsText("What changed");
        screenshot(page, "incidents-4-resolved");
        accessible(page, "incident page");
        page.setViewportSize(1280, 800);

        page.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Incidents")).click();
        assertThat(page).hasURL(Pattern.compile(".*/incidents$"));
        assertThat(page.locator("#incidents-grid")).containsText("Checkout returns 5xx");
        screenshot(page, "incidents-5-list");
        accessible(page, "incidents");
        assertNoPageErrors();
    }

    /**
     * The alert and role buttons of an incident: an alert goes onto one open incident, then is moved to another (the
     * portal asks first: it is still on the first), and a scribe is given the role and has it taken away again.
     */
    @Test
    void engineerAttachesAnAlertMovesItToAnotherIncidentThenAssignsAndRemovesAScribe() {
        var engineerApi = playwright.request().newContext(new com.microsoft.playwright.APIRequest.NewContextOptions()
                .setExtraHTTPHeaders(Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("engineer:demo".getBytes()))));
        var admin = playwright.request().newContext(new com.microsoft.playwright.APIRequest.NewContextOptions()
                .setExtraHTTPHeaders(Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes()))));
        String run = Long.toHexString(System.nanoTime());
        String summary = "Payments queue depth above 10k (" + run + ")";
        String integrationId;
        String first;
        String second;
        try {
            APIResponse created = admin.post(url("/api/v1/incidents/integrations"),
                    com.microsoft.playwright.options.RequestOptions.create().setData(Map.of("type", "events",
                            "name", "journey-attach-" + run)));
            assertEquals(201, created.status(), created::text);
            integrationId = jsonField(created.text(), "id");
            APIResponse alert = playwright.request().newContext().post(url(jsonField(created.text(), "url")),
                    com.microsoft.playwright.options.RequestOptions.create()
                            .setHeader("Authorization", "Bearer " + jsonField(created.text(), "secret"))
                            .setData(Map.of("event_action", "trigger", "dedup_key", "payments-queue-" + run,
                                    "payload", Map.of("summary", summary, "severity", "warning",
                                            "source", "payments-worker.eu-central-1"))));
            assertEquals(202, alert.status(), alert::text);
            // two open incidents, SEV3 (no change freeze for the other journeys): the alert goes to one, then the other
            first = declare(engineerApi, "Payments backlog grows (" + run + ")");
            second = declare(engineerApi, "Payments workers starved (" + run + ")");
        } finally {
            admin.dispose();
        }
        String firstReference = jsonField(engineerApi.get(url("/api/v1/incidents/" + first)).text(), "reference");
        String secondReference = jsonField(engineerApi.get(url("/api/v1/incidents/" + second)).text(), "reference");

        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "engineer", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(url("/incidents/alerts?integrationId=" + integrationId));
        assertThat(page.locator("#alerts-grid")).containsText(summary);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach to incident")).click();
        attachTo(page, firstReference, "Payments backlog grows (" + run + ")");
        screenshot(page, "incidents-attach-1-dialog");
        accessible(page, "attach alert dialog");
        page.locator("#attach-submit").click();
        assertThat(page.locator("#attach-dialog")).hasCount(0);
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Alert attached to "
                + firstReference);
        assertThat(page.locator("#alerts-grid .alert-incident-link")).hasAttribute("href",
                Pattern.compile(".*incidents/" + first + "$"));

        // moving it: the first answer is that the alert is still on the first incident; ticking the box moves it
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the alert to another incident"))
                .click();
        attachTo(page, secondReference, "Payments workers starved (" + run + ")");
        page.locator("#attach-submit").click();
        assertThat(page.locator("#attach-error")).containsText("The alert is on " + firstReference
                + ", which is still open");
        assertThat(page.locator("#attach-move")).isVisible();
        screenshot(page, "incidents-attach-2-move");
        accessible(page, "attach alert dialog (move)");
        page.locator("#attach-move").click();
        page.locator("#attach-submit").click();
        assertThat(page.locator("#attach-dialog")).hasCount(0);
        assertThat(page.locator("#alerts-grid .alert-incident-link")).hasAttribute("href",
                Pattern.compile(".*incidents/" + second + "$"));
        accessible(page, "alerts (attached)");

        page.locator("#alerts-grid .alert-incident-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/incidents/" + second + "$"));
        assertThat(page.locator("#incident-alerts")).containsText(summary);
        assertThat(page.locator("#incident-timeline .timeline-entry[data-kind=ALERT]"))
                .containsText("Alert attached by Erin Engineer: " + summary);

        // a scribe is given the role, then has it taken away again
        page.locator("#assign-scribe").click();
        page.locator("#role-user input").fill("lead");
        page.locator("#role-name input").fill("Lee Lead");
        accessible(page, "assign role dialog");
        page.locator("#role-save").click();
        Locator scribe = page.locator("#incident-roles .role-row[data-role=SCRIBE]");
        assertThat(scribe.locator(".role-holder")).hasText("Lee Lead");
        assertThat(page.locator("#incident-timeline")).containsText("Lee Lead is scribe");
        screenshot(page, "incidents-attach-3-scribe");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Lee Lead as scribe")).click();
        assertThat(scribe.locator(".role-holder")).hasText("—");
        assertThat(page.locator("#remove-scribe")).hasCount(0);
        assertThat(page.locator("#incident-timeline")).containsText("Lee Lead is no longer scribe");
        page.setViewportSize(1280, 1800);
        screenshot(page, "incidents-attach-4-scribe-removed");
        accessible(page, "incident page (roles)");
        page.setViewportSize(1280, 800);

        // the API agrees: the alert is on the second incident, both timelines say so, and nobody is scribe
        try {
            String alerts = engineerApi.get(url("/api/v1/incidents/alerts?integrationId=" + integrationId)).text();
            assertEquals(List.of(second), com.jayway.jsonpath.JsonPath.read(alerts, "$.items[*].incidentId"));
            String timeline = engineerApi.get(url("/api/v1/incidents/" + second + "/timeline")).text();
            List<String> titles = com.jayway.jsonpath.JsonPath.read(timeline, "$[*].title");
            assertTrue(titles.contains("Alert attached by Erin Engineer: " + summary), titles::toString);
            assertTrue(titles.indexOf("Lee Lead is scribe") < titles.indexOf("Lee Lead is no longer scribe"),
                    titles::toString);
            List<String> before = com.jayway.jsonpath.JsonPath.read(engineerApi.get(url("/api/v1/incidents/" + first
                    + "/timeline")).text(), "$[*].title");
            assertTrue(before.contains("Alert moved to " + secondReference + ": " + summary), before::toString);
            List<String> roles = com.jayway.jsonpath.JsonPath.read(engineerApi.get(url("/api/v1/incidents/" + second
                    + "/roles")).text(), "$[*].role");
            assertTrue(!roles.contains("SCRIBE"), roles::toString);
        } finally {
            engineerApi.dispose();
        }
        assertNoPageErrors();
    }

    /** Declares a SEV3 incident through the API and answers its id. */
    private String declare(com.microsoft.playwright.APIRequestContext api, String title) {
        APIResponse declared = api.post(url("/api/v1/incidents"), com.microsoft.playwright.options.RequestOptions
                .create().setData(Map.of("title", title, "severity", "SEV3", "accountIds", List.of("123456789012"),
                        "summary", "Declared by the attach journey.")));
        assertEquals(201, declared.status(), declared::text);
        return jsonField(declared.text(), "id");
    }

    /** Chooses the open incident titled {@code title} in the attach dialog's combo box, typing as a user would. */
    private static void attachTo(Page page, String reference, String title) {
        Locator input = page.locator("#attach-incident input");
        input.click();
        input.fill(title);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(title)).first().click();
        assertThat(page.locator("#attach-incident input")).hasValue(reference + " · SEV3 · " + title);
    }

    /** One top-level string field of a JSON object (enough for the API answers the journeys read). */
    private static String jsonField(String json, String name) {
        var matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertTrue(matcher.find(), () -> name + " in " + json);
        return matcher.group(1);
    }

    @Test
    void securityOpensTheComplianceHomeFiltersFindingsOpensOneAndRequestsAWaiver() throws Exception {
        awaitSandboxCompliance();
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "security", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();

        page.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Compliance")).click();
        assertThat(page).hasURL(Pattern.compile(".*/compliance$"));
        assertThat(page.locator("#compliance-scope")).containsText("all accounts");
        assertThat(page.locator("#compliance-kpis")).containsText("since yesterday");
        assertThat(page.locator("#compliance-trend-chart svg").first()).isVisible();
        assertThat(page.locator("#compliance-worst-accounts vaadin-grid-cell-content a").first()).isVisible();
        assertThat(page.locator("#compliance-changes-counts")).containsText("fixed");
        page.setViewportSize(1280, 1400);
        screenshot(page, "compliance-home");
        accessible(page, "compliance home");
        page.setViewportSize(1280, 800);

        // the worst account's failing findings (a link with the filters in the URL), then only the high ones
        page.locator("#compliance-worst-accounts vaadin-grid-cell-content a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/compliance/findings\\?account=\\d{12}&status=FAIL$"));
        assertThat(page.locator("#findings-total")).containsText("findings");
        choose(page, "#findings-severity", "High");
        assertThat(page).hasURL(Pattern.compile(".*severity=HIGH.*"));
        Locator firstControl = page.locator("#findings-grid vaadin-grid-cell-content a").first();
        assertThat(firstControl).isVisible();
        screenshot(page, "compliance-findings");
        accessible(page, "findings");
        Download csv = page.waitForDownload(() -> page.locator("#findings-export").click());
        assertTrue(Files.readString(csv.path()).startsWith("id,account,control,"), "the findings CSV");

        firstControl.click();
        assertThat(page).hasURL(Pattern.compile(".*/compliance/findings/[0-9a-f-]{36}$"));
        assertThat(page.locator("#finding-facts")).containsText("HIGH");
        assertThat(page.locator("#finding-history")).containsText("First seen");

        // a waiver request: the facade's per-field problems show under the fields, then it goes to approval
        page.locator("#finding-request-waiver").click();
        page.locator("#waiver-submit").click();
        assertThat(page.locator("#waiver-reason")).containsText("Reason is required");
        assertThat(page.locator("#waiver-expires-on")).containsText("Last day is required");
        screenshot(page, "compliance-waiver-problems");
        page.locator("#waiver-reason textarea").fill("The bucket is replaced by the new data platform next month");
        page.locator("#waiver-compensating-control textarea").fill("Access logged and reviewed weekly");
        page.locator("#waiver-expires-on input").fill(java.time.LocalDate.now().plusDays(30)
                .format(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy")));
        page.locator("#waiver-expires-on input").press("Enter");
        page.locator("#waiver-submit").click();
        assertThat(page.locator("#waiver-dialog")).hasCount(0);
        assertThat(page.locator("#finding-waivers")).containsText("PENDING_APPROVAL");
        assertThat(page.locator("vaadin-notification-card")).hasCount(0); // gone after a few seconds
        page.setViewportSize(1280, 1100);
        screenshot(page, "compliance-finding");
        accessible(page, "finding page");
        page.setViewportSize(1280, 800);

        // the account page's compliance section (contributed by compliance through the accounts extension point)
        String findingUrl = page.url();
        page.locator("#finding-facts a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/accounts/\\d{12}$"));
        assertThat(page.locator("#account-compliance-failing")).containsText("failing findings");
        screenshot(page, "compliance-account");
        page.locator("#account-compliance-failing a").click();
        assertThat(page).hasURL(Pattern.compile(".*/compliance/findings\\?account=\\d{12}&status=FAIL$"));
        assertThat(page.locator("#findings-grid vaadin-grid-cell-content a").first()).isVisible();
        page.navigate(findingUrl);

        page.navigate(url("/compliance/waivers?status=PENDING_APPROVAL"));
        assertThat(page.locator("#waivers-grid")).containsText("next month");
        screenshot(page, "compliance-waivers");
        accessible(page, "waivers");

        page.navigate(url("/compliance/frameworks"));
        page.locator("#frameworks-grid vaadin-grid-cell-content a").first().click();
        assertThat(page.locator("#framework-requirements")).containsText("FAIL");
        assertThat(page.locator("#framework-evidence-pack")).hasAttribute("href",
                Pattern.compile(".*api/v1/compliance/frameworks/[0-9a-f-]{36}/evidence$"));
        screenshot(page, "compliance-frameworks");
        accessible(page, "frameworks");
        assertNoPageErrors();
    }

    /** The sandbox replays 90 days of findings after the first inventory sync; today's snapshot comes last. */
    private void awaitSandboxCompliance() {
        var api = playwright.request().newContext(new com.microsoft.playwright.APIRequest.NewContextOptions()
                .setExtraHTTPHeaders(java.util.Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("security:demo".getBytes()))));
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        try {
            org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofMinutes(8))
                    .pollInterval(java.time.Duration.ofSeconds(3))
                    .until(() -> api.get(url("/api/v1/compliance/trends")).text().contains("\"day\":\"" + today));
        } finally {
            api.dispose();
        }
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

    @Test
    void securitySeesADroppedProwlerFileImportedAndAttestsAManualRequirement() throws Exception {
        awaitSandboxCompliance();
        // the sandbox's drop location: <portal.compliance.data-dir>/drops (target/compliance-data in the tests)
        java.nio.file.Path drops = java.nio.file.Path.of("target", "compliance-data", "drops", "prowler");
        Files.createDirectories(drops);
        String name = "prowler-output-" + System.currentTimeMillis() + ".ocsf.json";
        Files.copy(java.nio.file.Path.of("..", "modules", "compliance", "src", "test", "resources", "findings",
                "prowler-ocsf.json"), drops.resolve(name));
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "security", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();

        page.navigate(url("/compliance/frameworks"));
        assertThat(page.locator("#findings-drops-where")).containsText("drops");
        page.locator("#findings-drops-sync-now").click();
        awaitOnReload(page, "#findings-drops-grid", name);
        assertThat(page.locator("#findings-drops-grid")).containsText("COMPLETED");
        page.locator("#findings-drops").scrollIntoViewIfNeeded();
        screenshot(page, "compliance-drops");

        // a MANUAL requirement of CIS: the facade's per-field problems show under the fields, then it is pending
        page.locator("#frameworks-grid vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText("CIS"))
                .first().click();
        page.locator("#framework-requirements .attest-button").first().click();
        page.locator("#attestation-evidence-url input").fill("ftp://files.example.com/contacts.pdf");
        page.locator("#attestation-submit").click();
        assertThat(page.locator("#attestation-statement")).containsText("Statement is required");
        assertThat(page.locator("#attestation-evidence-url")).containsText("must be an http or https link");
        assertThat(page.locator("#attestation-valid-until")).containsText("Valid until is required");
        screenshot(page, "compliance-attestation-problems");
        page.locator("#attestation-statement textarea").fill("Contact details are reviewed every quarter");
        page.locator("#attestation-evidence-url input").fill("https://wiki.example.com/security/contacts");
        page.locator("#attestation-valid-until input").fill(java.time.LocalDate.now().plusDays(90)
                .format(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy")));
        page.locator("#attestation-valid-until input").press("Enter");
        page.locator("#attestation-submit").click();
        assertThat(page.locator("#attestation-dialog")).hasCount(0);
        assertThat(page.locator("#framework-requirements")).containsText("PENDING");
        screenshot(page, "compliance-attestation");
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
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, "admin", PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
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
}
