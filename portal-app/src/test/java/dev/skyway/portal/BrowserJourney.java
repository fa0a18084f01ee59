package dev.skyway.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;

/**
 * What every browser journey shares: the real application (production-mode Vaadin, in-memory H2, local demo users,
 * the cost and compliance sandboxes seeded) started once for all journey classes (the same configuration, so one
 * Spring context), headless Chromium, signing in through the form, and the checks each journey ends with (no script
 * error, nothing the Content-Security-Policy blocked, no WCAG 2.1 A/AA violation). Screenshots go to
 * {@code target/screenshots/}.
 *
 * <p>Needs {@code /usr/bin/chromium} (Debian package {@code chromium}) and {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}
 * (set by the failsafe configuration).
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:it-role-journeys;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "vaadin.launch-browser=false", "portal.cost.sandbox.seed=true", "portal.compliance.sandbox.seed=true"})
abstract class BrowserJourney {

    static final String PASSWORD = "demo";
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final Pattern LOGIN_URL = Pattern.compile(".*/login(\\?.*)?$");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    final List<String> pageErrors = new ArrayList<>();
    final List<String> cspViolations = new ArrayList<>();
    final List<String> accessibilityViolations = new ArrayList<>();

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

    /** A page in a browser context of its own (the journey's {@link #context}), collecting errors and CSP reports. */
    Page newPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setAcceptDownloads(true));
        context.setDefaultTimeout(30_000);
        // the browser reports what the Content-Security-Policy blocked as an event and a console error: collect both
        context.addInitScript("""
                document.addEventListener('securitypolicyviolation', e => console.error(
                    'securitypolicyviolation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));""");
        Page page = context.newPage();
        page.onPageError(error -> pageErrors.add(error));
        page.onConsoleMessage(message -> {
            if (message.text().contains("securitypolicyviolation")
                    || message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        return page;
    }

    /** A new page signed in as the demo user {@code user} through the login form, on the view it lands on. */
    Page signedInAs(String user) {
        Page page = newPage();
        page.navigate(url("/login"));
        logIn(page, user, PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        return page;
    }

    /** A new page signed in as the demo user {@code user}, then opened at {@code path}. */
    Page signedInAs(String user, String path) {
        Page page = signedInAs(user);
        page.navigate(url(path));
        return page;
    }

    /** An API client that signs every request in as the demo user {@code user} (HTTP Basic); dispose it after use. */
    APIRequestContext apiAs(String user) {
        return playwright.request().newContext(new APIRequest.NewContextOptions().setExtraHTTPHeaders(Map.of(
                "Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes()))));
    }

    static void logIn(Page page, String username, String password) {
        Locator usernameField = page.locator("input[name=username]");
        assertThat(usernameField).isEditable();
        usernameField.fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    /**
     * No uncaught script error, nothing the Content-Security-Policy had to block (it fits the portal), and no WCAG 2.1
     * A/AA violation on the views the journey checked.
     */
    void assertNoPageErrors() {
        assertTrue(pageErrors.isEmpty(), () -> "uncaught errors in the page: " + pageErrors);
        assertTrue(cspViolations.isEmpty(), () -> "Content-Security-Policy violations: " + cspViolations);
        assertTrue(accessibilityViolations.isEmpty(), () -> String.join("\n", accessibilityViolations));
    }

    /**
     * The accessibility guard (axe-core's WCAG 2.1 A/AA rules) on the view the page shows now; what it finds fails the
     * journey at its end, so one run lists the violations of all the journey's views.
     */
    void accessible(Page page, String view) {
        accessibilityViolations.addAll(Accessibility.violations(page, view));
    }

    /** Picks {@code value} in the vaadin-select or combo box at {@code selector}. */
    static void choose(Page page, String selector, String value) {
        // the field itself: the host's centre may be on its label or helper text, which do not open the overlay
        page.locator(selector + " [part~='input-field']").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(value).setExact(true)).click();
        assertThat(page.locator(selector)).containsText(value);
    }

    /** Reloads a page that does not refresh itself until the element shows the text (vending takes several passes). */
    static void awaitOnReload(Page page, String selector, String text) {
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2)).until(() -> {
                    page.reload();
                    return page.locator(selector).innerText().contains(text);
                });
    }

    /** Waits until Vaadin has no server round trip under way. */
    static void idle(Page page) {
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                    && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())""");
    }

    /**
     * Screenshots once Vaadin has no server round trip under way, with CSS animations and transitions finished
     * (Lumo fades the loading bar out over ~0.8 s, which would otherwise show as a line at the top).
     */
    static void screenshot(Page page, String name) {
        idle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** One top-level string field of a JSON object (enough for the API answers the journeys read). */
    static String jsonField(String json, String name) {
        var matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertTrue(matcher.find(), () -> name + " in " + json);
        return matcher.group(1);
    }

    /**
     * Polls the API as {@code user} until {@code path} answers as {@code ready} says (the sandboxes fill in the
     * background); when it does not within {@code atMost}, fails if {@code required}, or else lets the journey go on
     * (its own waits take over).
     */
    void awaitApi(String user, String path, Duration atMost, boolean required, Predicate<APIResponse> ready) {
        APIRequestContext api = apiAs(user);
        try {
            Awaitility.await().pollInSameThread().atMost(atMost).pollInterval(Duration.ofSeconds(2))
                    .until(() -> ready.test(api.get(url(path))));
        } catch (ConditionTimeoutException e) {
            if (required) {
                throw e;
            }
        } finally {
            api.dispose();
        }
    }

    /** The scheduled sync fills the catalog shortly after start; wait for it (engineers cannot sync). */
    void awaitSandboxCatalog() {
        awaitApi("engineer", "/api/v1/catalog/products/prod-sbxs3bucket01", Duration.ofSeconds(40), false,
                answer -> answer.status() == 200);
    }

    /** The scheduled inventory sync fills the OU tree shortly after start; wait for it (engineers cannot sync). */
    void awaitInventory() {
        awaitApi("engineer", "/api/v1/organizational-units", Duration.ofSeconds(60), false,
                answer -> answer.text().contains("Sandbox"));
    }
}
