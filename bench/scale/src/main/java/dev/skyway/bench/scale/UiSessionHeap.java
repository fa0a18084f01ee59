package dev.skyway.bench.scale;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap per open UI session with many sessions open, without a browser per session (100 browser contexts are too
 * heavy for two cores): each session is a plain HTTP client with its own cookies that logs in through the form, as
 * a person does, and loads the home page as Vaadin's client does: the page, the bootstrap request that creates the
 * UI on the server, then the navigation event that attaches the home view, whose first render is checked. The
 * sessions stay open (their UIs live until three heartbeats are missed, minutes later). The live heap is read with {@code jcmd <pid> GC.class_histogram} (a full GC first) after one warm-up
 * session and again after the N sessions; the difference divided by N is what one more session costs. The figures
 * go to {@code sessions.tsv} in the work folder as {@code key value} lines.
 */
public final class UiSessionHeap {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** In the bootstrap request's answer: the UI's id and the key its requests must carry. */
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    /** The browser details Vaadin's client sends with its bootstrap request (a 1920 × 1080 screen in UTC). */
    private static final String BROWSER = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1920&v-bh=960&v-bw=1920&v-tzo=0"
            + "&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=";
    /** The home view's main content, in its first render. */
    private static final String HOME_CONTENT = "home-cards";

    private UiSessionHeap() {
    }

    /** Arguments: base URL, N, portal pid, jcmd path, demo user, work folder. */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int sessions = Integer.parseInt(args[1]);
        String pid = args[2];
        String jcmd = args[3];
        String user = args[4];
        List<HttpClient> open = new ArrayList<>();
        open.add(openUi(base, user));
        long before = liveHeap(jcmd, pid);
        long t0 = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            open.add(openUi(base, user));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long after = liveHeap(jcmd, pid);
        String figures = String.join("\n", "user\t" + user, "sessions\t" + sessions, "heap_before_bytes\t" + before,
                "heap_after_bytes\t" + after, "heap_per_session_bytes\t" + (after - before) / sessions,
                "open_seconds_each\t" + String.format(java.util.Locale.ROOT, "%.2f", seconds / sessions)) + "\n";
        Files.writeString(Path.of(args[5]).resolve("sessions.tsv"), figures);
        System.out.print(figures);
        open.forEach(HttpClient::close);
    }

    /** A new client (its own cookie jar) logged in through the form, with the home page's UI open on the server. */
    static HttpClient openUi(String base, String user) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        Matcher csrf = CSRF.matcher(send(http, get(base + "/login"), 200).body());
        if (!csrf.find()) {
            throw new IOException("no CSRF token on the login page");
        }
        String form = "username=" + enc(user) + "&password=demo&_csrf=" + enc(csrf.group(1));
        send(http, HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 302);
        send(http, get(base + "/"), 200);
        // what Vaadin's client does next: the bootstrap request (with the browser's details) creates the UI, then
        // the client tells the UI where it is and the server attaches the home view and answers its first render
        String init = send(http, get(base + "/?v-r=init&location=&query=" + BROWSER), 200).body();
        Matcher ui = UI_ID.matcher(init);
        Matcher key = SECURITY_KEY.matcher(init);
        if (!ui.find() || !key.find()) {
            throw new IOException("the bootstrap created no UI: " + init.substring(0, Math.min(300, init.length())));
        }
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key.group(1));
        String home = send(http, HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                .timeout(Duration.ofMinutes(2)).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), 200).body();
        if (!home.contains(HOME_CONTENT)) {
            throw new IOException("the UI did not render the home view: " + home.substring(0, Math.min(300,
                    home.length())));
        }
        return http;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).header("Accept", "text/html")
                .GET().build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode());
        }
        return response;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Bytes of live objects: the class histogram's total, after the full GC it runs. */
    static long liveHeap(String jcmd, String pid) throws IOException, InterruptedException {
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
