package dev.skyway.portal.incidents.internal.signals;

import java.util.Set;
import java.util.UUID;

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
 * Events in the shape of PagerDuty Events v2: {@code event_action} trigger, acknowledge or resolve;
 * {@code dedup_key} of at most 255 characters (a trigger without one gets a new key, which the answer tells);
 * a trigger's {@code payload} needs {@code summary}, {@code source} and {@code severity} (critical, error, warning,
 * info). The account is {@code payload.custom_details.aws_account_id} or {@code account_id} when it has 12 digits.
 */
public final class EventsApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ACTIONS = Set.of("trigger", "acknowledge", "resolve");

    private EventsApi() {
    }

    /** @throws InvalidPayloadException naming the first field that is missing or wrong */
    public static AlertSignal signal(String body) {
        JsonNode event = Json.object(body);
        String action = Fields.optional(event, "event_action");
        if (action == null || !ACTIONS.contains(action)) {
            throw new InvalidPayloadException("event_action: required, one of trigger, acknowledge, resolve");
        }
        String dedupKey = dedupKey(event, action);
        if (!"trigger".equals(action)) {
            return new AlertSignal("acknowledge".equals(action) ? SignalAction.ACKNOWLEDGE : SignalAction.RESOLVE,
                    dedupKey, AlertKind.EVENT, AlertSeverity.INFO, action, null, null, null, null, null, null,
                    null);
        }
        JsonNode payload = event.get("payload");
        if (payload == null || !payload.isObject()) {
            throw new InvalidPayloadException("payload: required for a trigger, an object");
        }
        String summary = Fields.required(payload, "summary", "payload.");
        if (summary.length() > AlertSignal.MAX_SUMMARY) {
            throw new InvalidPayloadException("payload.summary: at most " + AlertSignal.MAX_SUMMARY + " characters");
        }
        String source = Fields.required(payload, "source", "payload.");
        String severityText = Fields.required(payload, "severity", "payload.");
        AlertSeverity severity = AlertSeverity.parse(severityText).orElseThrow(() -> new InvalidPayloadException(
                "payload.severity: must be critical, error, warning or info, not '" + Json.shortened(severityText)
                        + "'"));
        JsonNode custom = payload.path("custom_details");
        return new AlertSignal(SignalAction.TRIGGER, dedupKey, AlertKind.EVENT, severity, summary, source,
                custom.isObject() ? Fields.first(custom, "aws_account_id", "account_id", "accountId") : null,
                custom.isObject() ? Fields.first(custom, "region", "aws_region") : null,
                Fields.first(payload, "component", "group"), custom.isObject() ? Fields.first(custom, "resource")
                : null, details(event, payload), Fields.optional(payload, "class"));
    }

    private static String dedupKey(JsonNode event, String action) {
        JsonNode key = event.get("dedup_key");
        if (key == null || key.isNull() || (key.isString() && key.stringValue().isEmpty())) {
            if ("trigger".equals(action)) {
                return UUID.randomUUID().toString();
            }
            throw new InvalidPayloadException("dedup_key: required to " + action + " an alert");
        }
        if (!key.isString()) {
            throw new InvalidPayloadException("dedup_key: must be a string");
        }
        if (key.stringValue().length() > AlertSignal.MAX_DEDUP_KEY) {
            throw new InvalidPayloadException("dedup_key: at most " + AlertSignal.MAX_DEDUP_KEY + " characters");
        }
        return key.stringValue();
    }

    private static String details(JsonNode event, JsonNode payload) {
        ObjectNode details = JSON.createObjectNode();
        details.set("payload", payload);
        for (String field : java.util.List.of("client", "client_url", "links", "images")) {
            if (event.has(field)) {
                details.set(field, event.get(field));
            }
        }
        return Json.write(details);
    }
}
