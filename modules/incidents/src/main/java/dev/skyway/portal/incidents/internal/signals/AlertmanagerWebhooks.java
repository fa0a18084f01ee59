package dev.skyway.portal.incidents.internal.signals;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.AlertKind;
import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.internal.Json;
import dev.skyway.portal.incidents.internal.intake.AlertSignal;
import dev.skyway.portal.incidents.internal.intake.SignalAction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prometheus Alertmanager's webhook, payload version 4: one alert per {@code fingerprint}; {@code firing} triggers
 * and {@code resolved} resolves (an {@code endsAt} of {@code 0001-01-01T00:00:00Z} only says the alert still fires).
 * The severity comes from the {@code severity} label, the account from {@code aws_account_id} or
 * {@code account_id}, the service from {@code service} or {@code job}.
 */
public final class AlertmanagerWebhooks {

    static final String STILL_FIRING = "0001-01-01T00:00:00Z";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AlertmanagerWebhooks() {
    }

    /** @throws InvalidPayloadException naming the first field that is missing or wrong */
    public static List<AlertSignal> signals(String body) {
        JsonNode webhook = Json.object(body);
        String version = Fields.optional(webhook, "version");
        if (!"4".equals(version)) {
            throw new InvalidPayloadException("version: must be \"4\" (Alertmanager's webhook payload version)");
        }
        JsonNode alerts = webhook.get("alerts");
        if (alerts == null || !alerts.isArray()) {
            throw new InvalidPayloadException("alerts: required, an array");
        }
        List<AlertSignal> signals = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            signals.add(signal(alerts.get(i), "alerts[" + i + "]."));
        }
        return signals;
    }

    private static AlertSignal signal(JsonNode alert, String path) {
        if (!alert.isObject()) {
            throw new InvalidPayloadException(path.substring(0, path.length() - 1) + ": must be an object");
        }
        String fingerprint = Fields.required(alert, "fingerprint", path);
        if (fingerprint.length() > AlertSignal.MAX_DEDUP_KEY) {
            throw new InvalidPayloadException(path + "fingerprint: at most " + AlertSignal.MAX_DEDUP_KEY
                    + " characters");
        }
        String status = Fields.required(alert, "status", path);
        SignalAction action = switch (status) {
            case "firing" -> SignalAction.TRIGGER;
            case "resolved" -> SignalAction.RESOLVE;
            default -> throw new InvalidPayloadException(path + "status: must be firing or resolved, not '"
                    + Json.shortened(status) + "'");
        };
        JsonNode labels = Fields.object(alert, "labels", path);
        JsonNode annotations = Fields.object(alert, "annotations", path);
        String alertName = Fields.optional(labels, "alertname");
        String summary = Fields.first(annotations, "summary", "description", "message");
        return new AlertSignal(action, fingerprint, AlertKind.ALERTMANAGER, severity(labels),
                summary != null ? summary : alertName != null ? alertName : "Alertmanager alert " + fingerprint,
                alertName, Fields.first(labels, "aws_account_id", "account_id", "account"),
                Fields.first(labels, "region", "aws_region"), Fields.first(labels, "service", "job"),
                Fields.optional(labels, "instance"), details(alert), note(alert, status));
    }

    /** Alertmanager has no severity of its own: the usual label, with the names teams give it. */
    static AlertSeverity severity(JsonNode labels) {
        String label = Fields.first(labels, "severity", "priority");
        if (label == null) {
            return AlertSeverity.WARNING;
        }
        return switch (label.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "critical", "page", "p1", "fatal", "emergency" -> AlertSeverity.CRITICAL;
            case "error", "high", "major", "p2" -> AlertSeverity.ERROR;
            case "info", "informational", "low", "none", "p4", "p5" -> AlertSeverity.INFO;
            default -> AlertSeverity.WARNING;
        };
    }

    private static String details(JsonNode alert) {
        ObjectNode details = JSON.createObjectNode();
        for (String field : List.of("labels", "annotations", "startsAt", "endsAt", "generatorURL")) {
            if (alert.has(field)) {
                details.set(field, alert.get(field));
            }
        }
        return Json.write(details);
    }

    private static @Nullable String note(JsonNode alert, String status) {
        String startsAt = Fields.optional(alert, "startsAt");
        String endsAt = Fields.optional(alert, "endsAt");
        if ("resolved".equals(status)) {
            return endsAt == null || STILL_FIRING.equals(endsAt) ? "resolved" : "resolved at " + endsAt;
        }
        return startsAt == null ? null : "firing since " + startsAt;
    }
}
