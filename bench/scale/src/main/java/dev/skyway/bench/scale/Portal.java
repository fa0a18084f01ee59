package dev.skyway.bench.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The portal's REST API as the demo users see it (HTTP Basic, password {@code demo}). */
final class Portal {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Portal(String base) {
        this.base = base;
    }

    String get(String user, String path) throws IOException, InterruptedException {
        return send(request(user, path).GET().build(), 200);
    }

    /** The resource's version, as decisions send it back in If-Match. */
    String etag(String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("ETag").orElse("");
    }

    String post(String user, String path, String json, int expected) throws IOException, InterruptedException {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), expected);
    }

    HttpResponse<String> postRaw(String user, String path, String json, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (!ifMatch.isEmpty()) {
            b.header("If-Match", ifMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String upload(String user, String path, Path file, String contentType) throws IOException, InterruptedException {
        return send(request(user, path).header("Content-Type", contentType).timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), -1);
    }

    private HttpRequest.Builder request(String user, String path) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json").timeout(Duration.ofMinutes(2));
    }

    private String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        boolean ok = expected < 0 ? response.statusCode() / 100 == 2 : response.statusCode() == expected;
        if (!ok) {
            throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }

    /** The first string value of a JSON field, enough for the ids and statuses the seeder reads. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
