package dev.skyway.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import dev.skyway.portal.incidents.internal.signals.Payloads;
import dev.skyway.portal.incidents.internal.sns.SignedSnsMessages;

/**
 * SNS deliveries of CloudWatch alarm state changes, signed in advance (the sender's cost is not the portal's), posted
 * over HTTP to the intake URL: {@code alarms} alarms over the given accounts, each message a new state of one of them
 * (mostly ALARM again, every fifth round OK), and every tenth message a redelivery of an earlier one (same
 * MessageId). Sent either by a fixed number of senders as fast as answers come (throughput), or at a fixed rate with
 * each latency counted from when the message was due (no coordinated omission).
 */
final class SnsLoad {

    static final String TOPIC = "arn:aws:sns:eu-central-1:382272806015:skyway-alarms";

    record Result(int sent, int failed, double seconds, double[] sortedMillis) {

        double rate() {
            return sent / seconds;
        }

        double percentile(double p) {
            return sortedMillis[Math.max(0, (int) Math.ceil(sortedMillis.length * p) - 1)];
        }

        String text() {
            return String.format(Locale.ROOT, "%,.0f msgs/s; p50 / p95 / p99 %.1f / %.1f / %.1f ms; %d failed",
                    rate(), percentile(0.5), percentile(0.95), percentile(0.99), failed);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final URI uri;
    private final AtomicInteger failures = new AtomicInteger();

    SnsLoad(URI uri) {
        this.uri = uri;
    }

    static List<String> messages(SignedSnsMessages signer, int count, int alarms, List<String> accounts,
                                 Instant sent, String prefix) {
        String template = Payloads.text("cloudwatch-alarm.json");
        List<String> messages = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            if (n % 10 == 9) {
                messages.add(messages.get(n / 2));
                continue;
            }
            int alarm = n % alarms;
            String account = accounts.get(alarm % accounts.size());
            String state = (n / alarms) % 5 == 4 ? "OK" : "ALARM";
            String body = template.replace("payments-api-5xx", prefix + "-alarm-" + alarm)
                    .replace("382272806015", account).replace("\"NewStateValue\": \"ALARM\"",
                            "\"NewStateValue\": \"" + state + "\"");
            messages.add(signer.notification(TOPIC, state + ": \"" + prefix + "-alarm-" + alarm + "\"", body,
                    sent, "2"));
        }
        return messages;
    }

    /** {@code senders} senders, each posting its next message when the last is answered. */
    Result closedLoop(List<String> messages, int senders) throws Exception {
        double[] millis = new double[messages.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(senders)) {
            for (int s = 0; s < senders; s++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < messages.size(); i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        if (!post(messages.get(i))) {
                            failed.incrementAndGet();
                        }
                        millis[i] = (System.nanoTime() - t) / 1e6;
                    }
                    return null;
                });
            }
        }
        return result(messages.size(), failed.get(), start, millis);
    }

    /** One message every 1/rate seconds, whether or not earlier ones were answered. */
    Result openLoop(List<String> messages, int perSecond) throws Exception {
        double[] millis = new double[messages.size()];
        AtomicInteger failed = new AtomicInteger();
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < messages.size(); i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int n = i;
                pool.submit(() -> {
                    if (!post(messages.get(n))) {
                        failed.incrementAndGet();
                    }
                    millis[n] = (System.nanoTime() - due) / 1e6;
                });
            }
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.MINUTES);
        }
        return result(messages.size(), failed.get(), start, millis);
    }

    private boolean post(String body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .header("x-amz-sns-message-type", "Notification")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                logged("intake answered %d: %s", response.statusCode(), response.body());
                return false;
            }
            return true;
        } catch (Exception e) {
            logged("intake failed: %s", e);
            return false;
        }
    }

    /** The first few failures only: a broken run would otherwise print thousands. */
    private void logged(String format, Object... args) {
        if (failures.incrementAndGet() <= 5) {
            IncidentsBenchmark.log(format, args);
        }
    }

    private static Result result(int sent, int failed, long start, double[] millis) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Result(sent, failed, seconds, sorted);
    }
}
