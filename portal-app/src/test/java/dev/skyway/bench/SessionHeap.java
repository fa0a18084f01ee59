package dev.skyway.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * Heap per open UI session (bench/startup.sh): logs N demo users in, each in its own browser context (its own cookie,
 * so its own HTTP and Vaadin session) in one headless Chromium, and leaves them all open on the home page. The live
 * heap is read with {@code jcmd <pid> GC.class_histogram} (which runs a full GC first) after the warm-up sessions,
 * again after the N sessions, and once more after the N sessions logged out: what they free divided by N is what one
 * session holds (the script's figure); the growth while they open is printed as well.
 *
 * <p>The application's own background work changes the heap by tens of MB in the first minutes (the sandbox seeds,
 * the cost import, H2's page cache): measured against a total of a few MB for 30 sessions, it once made the figure
 * 800 kB a session, once negative (-87 kB with the quiet reads below: the background work shrank the heap while the
 * sessions opened; by the time they log out it is done, which is why the freed heap is the figure). Every read waits until the live heap is quiet (two reads 5 s apart within
 * {@link #QUIET_BYTES}), and {@link #WARM_UP} sessions come first: H2's LIRS page cache keeps a page only on its
 * second read, so the home page's queries fill it over the first few sessions, once. Vaadin's state nodes per
 * session (the home page's and the layout's component tree, which the UI holds until it closes) are counted
 * exactly, whatever the noise.
 *
 * <p>Arguments: base URL, N, application pid, jcmd path. Prints {@code key=value} lines for the script.
 */
public final class SessionHeap {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final Pattern STATE_NODES =
            Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+com\\.vaadin\\.flow\\.internal\\.StateNode\\s*$");
    private static final int WARM_UP = 3;
    private static final long QUIET_BYTES = 1 << 20;

    private record Histogram(long bytes, long stateNodes) { }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int sessions = Integer.parseInt(args[1]);
        String pid = args[2];
        String jcmd = args[3];
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                             "--renderer-process-limit=8")))) {
            for (int i = 0; i < WARM_UP; i++) {
                logIn(browser, base);
            }
            Histogram before = quietHeap(jcmd, pid);
            List<BrowserContext> open = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                open.add(logIn(browser, base));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Histogram after = quietHeap(jcmd, pid);
            for (BrowserContext context : open) {
                Page page = context.pages().getFirst();
                page.locator("#logout").click();
                page.locator("input[name=username]").waitFor();
            }
            Histogram loggedOut = quietHeap(jcmd, pid);
            System.out.println("sessions=" + sessions);
            System.out.println("heap_before_bytes=" + before.bytes());
            System.out.println("heap_after_bytes=" + after.bytes());
            System.out.println("heap_per_session_bytes=" + (after.bytes() - before.bytes()) / sessions);
            System.out.println("heap_freed_per_session_bytes=" + (after.bytes() - loggedOut.bytes()) / sessions);
            System.out.println("state_nodes_per_session=" + (after.stateNodes() - before.stateNodes()) / sessions);
            System.out.printf("login_seconds_each=%.2f%n", seconds / sessions);
        }
    }

    /** A new context (its own cookies), logged in as the demo engineer, on the home page with its navigation. */
    private static BrowserContext logIn(Browser browser, String base) {
        BrowserContext context = browser.newContext();
        context.setDefaultTimeout(120_000);
        Page page = context.newPage();
        page.navigate(base + "/login");
        page.locator("input[name=username]").fill("engineer");
        page.locator("input[name=password]").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.locator("vaadin-side-nav-item").first().waitFor();
        return context;
    }

    /** The live heap once two reads 5 s apart differ by less than {@link #QUIET_BYTES} (at most 12 reads). */
    private static Histogram quietHeap(String jcmd, String pid) throws IOException, InterruptedException {
        Histogram last = liveHeap(jcmd, pid);
        for (int i = 0; i < 11; i++) {
            Thread.sleep(5_000);
            Histogram next = liveHeap(jcmd, pid);
            if (Math.abs(next.bytes() - last.bytes()) < QUIET_BYTES) {
                return next;
            }
            last = next;
        }
        return last;
    }

    /** Bytes of live objects (the class histogram's total, after the full GC it runs) and Vaadin state nodes. */
    private static Histogram liveHeap(String jcmd, String pid) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(jcmd, pid, "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = TOTAL.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no histogram total in: " + out.lines().limit(5).toList());
        }
        Matcher nodes = STATE_NODES.matcher(out);
        return new Histogram(Long.parseLong(m.group(2)), nodes.find() ? Long.parseLong(nodes.group(1)) : 0);
    }
}
