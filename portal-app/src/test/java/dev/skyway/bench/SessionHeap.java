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
 * heap is read with {@code jcmd <pid> GC.class_histogram} (which runs a full GC first) after one warm-up session
 * (route registry, templates and other one-time caches) and again after the N sessions; the difference divided by N
 * is what one more session costs.
 *
 * <p>Arguments: base URL, N, application pid, jcmd path. Prints {@code key=value} lines for the script.
 */
public final class SessionHeap {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

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
            List<BrowserContext> open = new ArrayList<>();
            open.add(logIn(browser, base));
            long before = liveHeap(jcmd, pid);
            long start = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                open.add(logIn(browser, base));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long after = liveHeap(jcmd, pid);
            System.out.println("sessions=" + sessions);
            System.out.println("heap_before_bytes=" + before);
            System.out.println("heap_after_bytes=" + after);
            System.out.println("heap_per_session_bytes=" + (after - before) / sessions);
            System.out.printf("login_seconds_each=%.2f%n", seconds / sessions);
            for (BrowserContext context : open) {
                context.close();
            }
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

    /** Bytes of live objects: the class histogram's total, after the full GC it runs. */
    private static long liveHeap(String jcmd, String pid) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(jcmd, pid, "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = TOTAL.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no histogram total in: " + out.lines().limit(5).toList());
        }
        return Long.parseLong(m.group(2));
    }
}
