package dev.skyway.portal.incidents.internal.intake;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.AlertKind;
import dev.skyway.portal.incidents.AlertSeverity;

/**
 * One message's say about one alert, whatever integration it came through, already checked by its parser.
 *
 * @param dedupKey 1 to 255 characters
 * @param summary  1 to 1024 characters
 * @param details  JSON, or null
 * @param note     what an annotation says, or why the state changed; null when there is nothing to add
 */
public record AlertSignal(SignalAction action, String dedupKey, AlertKind kind, AlertSeverity severity,
                          String summary, @Nullable String source, @Nullable String accountId,
                          @Nullable String region, @Nullable String service, @Nullable String resource,
                          @Nullable String details, @Nullable String note) {

    public static final int MAX_DEDUP_KEY = 255;
    public static final int MAX_SUMMARY = 1024;

    public AlertSignal {
        Objects.requireNonNull(action);
        if (dedupKey.isEmpty() || dedupKey.length() > MAX_DEDUP_KEY) {
            throw new IllegalArgumentException("a dedup key has 1 to " + MAX_DEDUP_KEY + " characters");
        }
        summary = Texts.cut(summary.isBlank() ? "(no summary)" : summary.strip(), MAX_SUMMARY);
        source = Texts.cutOrNull(source, 255);
        service = Texts.cutOrNull(service, 255);
        resource = Texts.cutOrNull(resource, 1024);
        region = Texts.cutOrNull(region, 32);
        accountId = accountId != null && accountId.matches("\\d{12}") ? accountId : null;
        note = Texts.cutOrNull(note, 2000);
    }
}
