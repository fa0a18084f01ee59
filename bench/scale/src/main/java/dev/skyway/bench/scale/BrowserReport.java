package dev.skyway.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scale report's sections on what a person in a browser gets: each main view's time to interactive
 * ({@code views.tsv}, from {@link ViewTiming}) and the heap per open UI session ({@code sessions.tsv}, from
 * {@link UiSessionHeap}). A section is left out when its part did not run.
 */
final class BrowserReport {

    static final double GOAL_VIEW_P95_MS = 1000;
    static final double GOAL_SESSION_KB = 500;

    private BrowserReport() {
    }

    static String views(Path work) throws IOException {
        List<String> lines = ScaleReport.lines(work.resolve("views.tsv"));
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Views in headless Chromium (time to interactive)\n\n");
        md.append("Each main view (the main route of every module, and the home page of each role: a finance-only")
                .append(" user's home is the cost overview), opened by a demo user who logged in through the")
                .append(" form, in Debian's Chromium (headless, Playwright), on the seeded organization right after")
                .append(" the load above. One user's browser context is open at a time, as each user has their own")
                .append(" machine: it is closed when the next view is another user's (a renderer left behind")
                .append(" collects the garbage of its many loads some 15 s later, on the cores the next loads need),")
                .append(" and the user logs in again for a later view. Each measured run is a full load of the")
                .append(" view's URL in the logged-in tab")
                .append(" (the JavaScript bundle from the browser's cache after the warm-up runs). **Interactive**")
                .append(" means, measured from navigation start (`performance.timeOrigin`): the Vaadin client has")
                .append(" answered its bootstrap and no client has a request in flight")
                .append(" (`Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())`), the view's main")
                .append(" content element (the selector below, or `").append(ViewTiming.EMPTY_STATE)
                .append("` when the view has nothing to list) is in the page and visible, and no `vaadin-grid` is")
                .append(" loading rows; the time is when that state began, counted once it has held for ")
                .append(ViewTiming.QUIET_MS).append(" ms without a break (checked on every animation frame), so a")
                .append(" pause between two round trips does not end the measurement early. Goal: p95 < 1 s.\n\n")
                .append("| view | user | route | main content | runs (failed) | p50 | p95 | max | against the goal |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        Map<String, String> contentOf = new HashMap<>();
        ViewTiming.VIEWS.forEach(v -> contentOf.put(v.name() + "/" + v.user(), v.content()));
        int met = 0;
        for (String line : lines) {
            String[] f = line.split("\t");
            List<Double> times = Arrays.stream(f).skip(5).map(Double::parseDouble).sorted().toList();
            double p95 = ViewTiming.percentile(times, 95);
            boolean ok = !times.isEmpty() && f[4].equals("0") && p95 < GOAL_VIEW_P95_MS;
            met += ok ? 1 : 0;
            md.append(String.format(Locale.ROOT, "| %s | %s | `%s` | `%s` | %s (%s) | %s | %s | %s | %s |%n", f[0],
                    f[1], f[2], contentOf.getOrDefault(f[0] + "/" + f[1], "?"), f[3], f[4],
                    ms(ViewTiming.percentile(times, 50)), ms(p95), ms(times.isEmpty() ? Double.NaN : times.getLast()),
                    ok ? "met" : "**missed**"));
        }
        md.append(String.format(Locale.ROOT, "%n%d of %d views met the goal. The machine's load average (1, 5, 15"
                + " min; 2 cores) after the views: %s.%n", met, lines.size(), ScaleReport.loadAverage(work, "views")));
        return md.toString();
    }

    /**
     * Where the CPU went while the views loaded, from {@code view-loads.tsv}: for each view, the measured loads' mean
     * time and the CPU seconds per load of the portal, the browser's processes, PostgreSQL and the rest, and the same
     * for the loads over the goal; then over all views.
     */
    static String cpu(Path work) throws IOException {
        List<String> lines = ScaleReport.lines(work.resolve("view-loads.tsv"));
        if (lines.size() < 2 || !lines.getFirst().contains("browser_cpu_ms")) {
            return "";
        }
        List<String> header = List.of(lines.getFirst().split("\t"));
        int view = header.indexOf("view");
        int user = header.indexOf("user");
        int run = header.indexOf("run");
        int[] columns = {header.indexOf("ms"), header.indexOf("portal_cpu_ms"), header.indexOf("browser_cpu_ms"),
                header.indexOf("postgres_cpu_ms"), header.indexOf("other_cpu_ms")};
        Map<String, List<long[]>> byView = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (Integer.parseInt(f[run]) < 0) {
                continue; // a warm-up load
            }
            long[] load = new long[columns.length];
            for (int i = 0; i < columns.length; i++) {
                load[i] = Math.max(0, Long.parseLong(f[columns[i]])); // a process that ended leaves a negative delta
            }
            byView.computeIfAbsent(f[view] + " | " + f[user], k -> new ArrayList<>()).add(load);
        }
        StringBuilder md = new StringBuilder("\n### Where the CPU went while the views loaded\n\n")
                .append("Per measured load (`view-loads.tsv`), CPU seconds used meanwhile by the portal's process, the")
                .append(" browser's (all Chromium processes), PostgreSQL's and all others (this benchmark's JVM,")
                .append(" Playwright's driver, the kernel), beside the load's time; the two cores give at most 2 CPU")
                .append(" seconds per second. A process that ended during a load is not counted.\n\n")
                .append("| view | user | loads | mean time | portal | browser | PostgreSQL | other |")
                .append(" loads over 1 s: n, mean time, portal / browser / PostgreSQL / other |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        List<long[]> all = new ArrayList<>();
        byView.forEach((name, loads) -> {
            all.addAll(loads);
            md.append("| ").append(name).append(" | ").append(cpuRow(loads)).append(" |\n");
        });
        md.append("| all views | | ").append(cpuRow(all)).append(" |\n");
        return md.toString();
    }

    private static String cpuRow(List<long[]> loads) {
        List<long[]> slow = loads.stream().filter(l -> l[0] > GOAL_VIEW_P95_MS).toList();
        String slowPart = slow.isEmpty() ? "none" : String.format(Locale.ROOT, "%d, %s, %s / %s / %s / %s",
                slow.size(), seconds(mean(slow, 0)), seconds(mean(slow, 1)), seconds(mean(slow, 2)),
                seconds(mean(slow, 3)), seconds(mean(slow, 4)));
        return String.format(Locale.ROOT, "%d | %s | %s | %s | %s | %s | %s", loads.size(), seconds(mean(loads, 0)),
                seconds(mean(loads, 1)), seconds(mean(loads, 2)), seconds(mean(loads, 3)), seconds(mean(loads, 4)),
                slowPart);
    }

    private static double mean(List<long[]> loads, int column) {
        return loads.stream().mapToLong(l -> l[column]).average().orElse(Double.NaN);
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    static String sessions(Path work) throws IOException {
        Map<String, String> f = new HashMap<>();
        for (String line : ScaleReport.lines(work.resolve("sessions.tsv"))) {
            String[] kv = line.split("\t", 2);
            f.put(kv[0], kv[1]);
        }
        if (f.isEmpty()) {
            return "";
        }
        double perKb = Long.parseLong(f.get("heap_per_session_bytes")) / 1024.0;
        return String.format(Locale.ROOT, "%n## Heap per UI session%n%n%s sessions opened one after the other and kept open together on the same"
                        + " replica, each an HTTP client with its own cookies that logged in through the form as `%s`"
                        + " and loaded the home page as Vaadin's client does (the page, the bootstrap request that"
                        + " creates the UI on the server with the browser's details, the navigation event that attaches"
                        + " the home view; each first render was checked). No browser runs the client side, so"
                        + " round trips the browser's client would make after that first render, if any, are not in"
                        + " the figure."
                        + " Live heap (`jcmd <pid> GC.class_histogram`, a full GC first) after one warm-up session: %s;"
                        + " with the %s sessions open: %s; each session took %s s to open. Goal: < 500 kB per"
                        + " session.%n%n| sessions | live heap before | live heap after | per session | against the"
                        + " goal |%n|---|---|---|---|---|%n| %s | %s | %s | %.0f kB | %s |%n",
                f.get("sessions"), f.get("user"), mb(f.get("heap_before_bytes")), f.get("sessions"),
                mb(f.get("heap_after_bytes")), f.get("open_seconds_each"), f.get("sessions"),
                mb(f.get("heap_before_bytes")), mb(f.get("heap_after_bytes")), perKb,
                perKb < GOAL_SESSION_KB ? "met" : "**missed**");
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f ms", value);
    }

    private static String mb(String bytes) {
        return String.format(Locale.ROOT, "%.1f MB", Long.parseLong(bytes) / 1048576.0);
    }
}
