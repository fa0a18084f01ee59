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
 * a person does, and loads the home page. The portal answers that page with Vaadin's bootstrap, which creates the UI
 * on the server, navigates it to the home view and puts the view's first render (the initial UIDL) into the page;
 * each answer is checked for it. The sessions stay open (their UIs live until three heartbeats are missed, minutes
 * later). The live heap is read with {@code jcmd <pid> GC.class_histogram} (a full GC first) after one warm-up
 * session and again after the N sessions; the difference divided by N is what one more session costs. The figures
 * go to {@code sessions.tsv} in the work folder as {@code key value} lines.
 */
public final class UiSessionHeap {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** The initial UIDL in the bootstrap page: the UI's id as the server assigned it. */
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

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
        String home = send(http, get(base + "/"), 200).body();
        if (!UI_ID.matcher(home).find()) {
            throw new IOException("the home page carries no UI (no initial UIDL): "
                    + home.substring(0, Math.min(300, home.length())));
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
