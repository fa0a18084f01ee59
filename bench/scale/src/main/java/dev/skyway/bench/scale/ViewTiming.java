package dev.skyway.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;

/**
 * Time to interactive of the portal's main views in headless Chromium (Debian's {@code /usr/bin/chromium}). Each
 * view's demo user logs in through the form in their own browser context, the only one open (the previous user's is
 * closed, as each user has their own machine); then each view is loaded {@code warm-up}
 * times unmeasured and {@code runs} times measured, each a full page load of the view's URL in the logged-in tab.
 * The figure is {@link #INTERACTIVE}'s: from navigation start ({@code performance.timeOrigin}) until the view is
 * interactive. One line per view goes to {@code views.tsv} in the work folder: name, user, route, runs, failed runs,
 * then the measured milliseconds, sorted. Every load, in the order it ran, goes to {@code view-loads.tsv}: when it
 * started, where its time went (the document's wait for the server, each UIDL round trip) and, given the portal's
 * process id, the CPU milliseconds the portal used during the load, those of the whole machine (all cores), those of
 * the browser's processes, of PostgreSQL's and of all others, and the machine's major page faults (pages read back from disk), so that a slow load can be told apart: the portal busy, the
 * machine busy with something else, the browser or the portal waiting for evicted pages, or the browser alone.
 */
public final class ViewTiming {

    /** A view, the demo user who opens it and the element that is its main content (any of the selectors). */
    record View(String name, String user, String route, String content) {
    }

    /** The main route of every module, and the home page of each role (a finance-only user's home is cost). */
    static final List<View> VIEWS = List.of(
            new View("Home", "engineer", "", "#home-cards, #home-failed"),
            new View("Home", "approver", "", "#home-cards, #home-failed"),
            new View("Home", "security", "", "#home-cards, #home-failed"),
            new View("Home", "admin", "", "#home-cards, #home-failed"),
            new View("Catalog", "engineer", "catalog", "#catalog-cards"),
            new View("My requests", "engineer", "requests", "#my-requests"),
            new View("My resources", "engineer", "resources", "#my-resources"),
            new View("Approvals inbox", "approver", "approvals", "#tasks-grid"),
            new View("Accounts", "engineer", "accounts", "#accounts-grid"),
            new View("Account requests", "engineer", "account-requests", "#account-requests"),
            new View("Cost overview", "finance", "cost", ".page .cards, #cost-empty"),
            new View("Compliance", "security", "compliance", ".page .cards, #compliance-empty"),
            new View("Compliance frameworks", "security", "compliance/frameworks", "#frameworks-grid"),
            new View("Compliance findings", "security", "compliance/findings", "#findings-grid"),
            new View("Drift", "security", "compliance/drift", "#drift-stacks"),
            new View("Incidents", "engineer", "incidents", "#incidents-grid"),
            new View("Alerts", "engineer", "incidents/alerts", "#alerts-grid"),
            new View("Incident metrics", "engineer", "incidents/metrics", "#metrics-weekly, #metrics-empty"),
            new View("Audit ledger", "security", "audit", "#audit-grid"));

    /** What a view shows instead of its list or cards when it has nothing to show: its main content then. */
    static final String EMPTY_STATE = ".page .empty-state";

    /** The document's wait for the server, then each UIDL request as start+wait/total (ms since navigation). */
    private static final String NETWORK = """
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const uidl = performance.getEntriesByType('resource').filter(r => r.name.includes('v-r=uidl'))
                .map(r => Math.round(r.startTime) + '+' + Math.round(r.responseStart - r.requestStart) + '/'
                  + Math.round(r.duration)).join(' ');
              return Math.round(nav.responseStart - nav.requestStart) + '\t' + uidl;
            }""";

    /** How long the view must stay interactive before it counts: a gap between two round trips is not the end. */
    static final int QUIET_MS = 150;

    /**
     * Interactive, checked on every animation frame: the Vaadin client has a connection to the server and none of
     * its clients has a request in flight ({@code isActive()}), the view's main content element (or its empty state)
     * is in the page and visible, and no grid is loading rows. Answers the {@code performance.now()} (milliseconds since navigation
     * start) at which that began, once it has held for {@link #QUIET_MS} without a break; false until then.
     */
    static final String INTERACTIVE = """
            ([selector, quietMs]) => {
              const clients = Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {});
              const el = document.querySelector(selector);
              const box = el && el.getBoundingClientRect();
              const ready = clients.length > 0 && clients.every(c => typeof c.isActive === 'function' && !c.isActive())
                  && el !== null && box.width > 0 && box.height > 0 && el.checkVisibility()
                  && document.querySelector('vaadin-grid[loading]') === null;
              const now = performance.now();
              if (!ready) { window.__interactiveSince = undefined; return false; }
              if (window.__interactiveSince === undefined) { window.__interactiveSince = now; }
              return now - window.__interactiveSince >= quietMs ? window.__interactiveSince : false;
            }""";

    private ViewTiming() {
    }

    /** Arguments: base URL, measured runs per view, warm-up runs per view, work folder. */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int runs = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        Path work = Path.of(args[3]);
        String portalPid = args.length > 4 ? args[4] : null;
        // VIEWS: a regular expression on "name user" to time only some views; CHROMIUM: another browser binary
        String only = System.getenv().getOrDefault("VIEWS", ".*");
        List<String> lines = new ArrayList<>();
        // every load in the order it ran, with when it started and where its time went (the page's HTML, each UIDL
        // round trip: start, waiting for the server, whole): a slow load can then be matched with the server's log
        List<String> loads = new ArrayList<>(List.of(
                "started\tview\tuser\trun\tms\tportal_cpu_ms\tmachine_cpu_ms\tbrowser_cpu_ms\tpostgres_cpu_ms\t"
                        + "other_cpu_ms\tmajor_faults\thtml_wait_ms\t"
                        + "uidl_requests (start+wait/total ms)"));
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"))).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")))) {
            Page page = null;
            String pageUser = null;
            for (View view : VIEWS) {
                if (!(view.name() + " " + view.user()).matches(only)) {
                    continue;
                }
                // one user's browser at a time, as each user has their own machine: a renderer left behind collects
                // the garbage of its many loads some 15 s later, on the cores the next user's loads need
                if (!view.user().equals(pageUser)) {
                    if (page != null) {
                        page.context().close();
                    }
                    page = logIn(browser, base, view.user());
                    pageUser = view.user();
                }
                List<Double> times = new ArrayList<>();
                int failed = 0;
                for (int i = 0; i < warmUp + runs; i++) {
                    try {
                        String started = java.time.Instant.now().toString();
                        long portalBefore = CpuTicks.process(portalPid);
                        Map<String, Long> ownersBefore = CpuTicks.byOwner(portalPid);
                        long machineBefore = CpuTicks.machine();
                        long faultsBefore = CpuTicks.majorFaults();
                        double ms = timeToInteractive(page, base + "/" + view.route(), view.content());
                        long portalCpu = CpuTicks.millis(CpuTicks.process(portalPid) - portalBefore);
                        long machineCpu = CpuTicks.millis(CpuTicks.machine() - machineBefore);
                        long faults = CpuTicks.majorFaults() - faultsBefore;
                        Map<String, Long> owners = CpuTicks.byOwner(portalPid);
                        String byOwner = String.join("\t", List.of("browser", "postgres", "other").stream()
                                .map(owner -> String.valueOf(CpuTicks.millis(
                                        owners.get(owner) - ownersBefore.get(owner)))).toList());
                        if (i >= warmUp) {
                            times.add(ms);
                        }
                        loads.add(String.join("\t", started, view.name(), view.user(), String.valueOf(i - warmUp),
                                String.format(Locale.ROOT, "%.0f", ms), String.valueOf(portalCpu),
                                String.valueOf(machineCpu), byOwner, String.valueOf(faults),
                                String.valueOf(page.evaluate(NETWORK))));
                    } catch (PlaywrightException | IllegalStateException e) {
                        failed += i >= warmUp ? 1 : 0;
                        System.err.println(view.name() + " (" + view.user() + "): " + e.getMessage().lines()
                                .findFirst().orElse(""));
                    }
                }
                times.sort(null);
                StringBuilder line = new StringBuilder(String.join("\t", view.name(), view.user(),
                        "/" + view.route(), String.valueOf(runs), String.valueOf(failed)));
                times.forEach(t -> line.append('\t').append(String.format(Locale.ROOT, "%.0f", t)));
                lines.add(line.toString());
                System.out.printf(Locale.ROOT, "%-22s %-8s p50 %5.0f ms, p95 %5.0f ms (%d runs, %d failed)%n",
                        view.name(), view.user(), percentile(times, 50), percentile(times, 95), runs, failed);
            }
            if (page != null) {
                page.context().close();
            }
        }
        Files.write(work.resolve("views.tsv"), lines);
        Files.write(work.resolve("view-loads.tsv"), loads);
    }

    /** A full load of the URL in the logged-in tab: milliseconds from navigation start until interactive. */
    static double timeToInteractive(Page page, String url, String content) {
        page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        Object since = page.waitForFunction(INTERACTIVE, List.of(content + ", " + EMPTY_STATE, QUIET_MS),
                new Page.WaitForFunctionOptions().setTimeout(60_000)).jsonValue();
        if (page.url().contains("/login")) {
            throw new IllegalStateException("sent to the login page from " + url);
        }
        return ((Number) since).doubleValue();
    }

    /** A new context (its own cookies and HTTP cache) with one tab, logged in as the demo user. */
    static Page logIn(Browser browser, String base, String user) {
        BrowserContext context = browser.newContext();
        context.setDefaultTimeout(120_000);
        Page page = context.newPage();
        page.navigate(base + "/login");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.locator("vaadin-side-nav-item").first().waitFor();
        return page;
    }

    /** Nearest rank: the smallest value at or above p percent of the sorted values. */
    static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
