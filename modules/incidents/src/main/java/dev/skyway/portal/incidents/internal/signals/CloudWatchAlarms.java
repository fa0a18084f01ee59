package dev.skyway.portal.incidents.internal.signals;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.AlertKind;
import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.internal.Json;
import dev.skyway.portal.incidents.internal.intake.AlertSignal;
import dev.skyway.portal.incidents.internal.intake.SignalAction;
import dev.skyway.portal.incidents.internal.intake.Texts;
import tools.jackson.databind.JsonNode;

/**
 * A CloudWatch alarm's state change as SNS delivers it: the alarm ({@code AlarmArn}) is the dedup key; {@code ALARM}
 * triggers, {@code OK} resolves, {@code INSUFFICIENT_DATA} annotates. The account is {@code AWSAccountId}; the region
 * comes from the ARN ({@code Region} is a display name such as "EU (Frankfurt)").
 */
final class CloudWatchAlarms {

    /** CloudWatch writes {@code 2015-06-03T17:43:27.123+0000}: an offset without a colon. */
    static final DateTimeFormatter STATE_CHANGE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXX");

    private CloudWatchAlarms() {
    }

    static boolean isAlarm(JsonNode message) {
        return message.has("AlarmName") && message.has("NewStateValue");
    }

    static AlertSignal signal(JsonNode alarm) {
        String arn = Fields.required(alarm, "AlarmArn", "Message.");
        String[] arnParts = arn.split(":", 7);
        if (arnParts.length < 7 || !"cloudwatch".equals(arnParts[2]) || !"alarm".equals(arnParts[5])) {
            throw new InvalidPayloadException("Message.AlarmArn: must be a CloudWatch alarm ARN "
                    + "(arn:aws:cloudwatch:<region>:<account>:alarm:<name>)");
        }
        String name = Fields.required(alarm, "AlarmName", "Message.");
        String state = Fields.required(alarm, "NewStateValue", "Message.");
        SignalAction action = switch (state) {
            case "ALARM" -> SignalAction.TRIGGER;
            case "OK" -> SignalAction.RESOLVE;
            case "INSUFFICIENT_DATA" -> SignalAction.ANNOTATE;
            default -> throw new InvalidPayloadException("Message.NewStateValue: must be ALARM, OK or "
                    + "INSUFFICIENT_DATA, not '" + Json.shortened(state) + "'");
        };
        OffsetDateTime changed = stateChangeTime(alarm);
        String reason = Fields.optional(alarm, "NewStateReason");
        JsonNode trigger = Fields.object(alarm, "Trigger", "Message.");
        String description = Fields.optional(alarm, "AlarmDescription");
        String summary = "CloudWatch alarm " + name + (description == null ? "" : ": " + description);
        String note = state + " at " + changed.toInstant() + (reason == null ? "" : ": " + reason);
        return new AlertSignal(action, Texts.key(arn), AlertKind.CLOUDWATCH_ALARM, AlertSeverity.ERROR, summary,
                name, Fields.first(alarm, "AWSAccountId"), arnParts[3], Fields.optional(trigger, "Namespace"),
                dimensions(trigger), Json.write(alarm), note);
    }

    private static OffsetDateTime stateChangeTime(JsonNode alarm) {
        String text = Fields.required(alarm, "StateChangeTime", "Message.");
        try {
            return OffsetDateTime.parse(text, STATE_CHANGE_TIME);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException iso) {
                throw new InvalidPayloadException("Message.StateChangeTime: must look like "
                        + "2015-06-03T17:43:27.123+0000, not '" + Json.shortened(text) + "'");
            }
        }
    }

    /** {@code InstanceId=i-0abc, ...}: which resource the alarm watches. */
    private static @Nullable String dimensions(JsonNode trigger) {
        JsonNode dimensions = trigger.get("Dimensions");
        if (dimensions == null || !dimensions.isArray()) {
            return null;
        }
        List<String> pairs = new ArrayList<>();
        for (JsonNode dimension : dimensions) {
            String name = Fields.first(dimension, "name", "Name");
            String value = Fields.first(dimension, "value", "Value");
            if (name != null && value != null) {
                pairs.add(name + "=" + value);
            }
        }
        return pairs.isEmpty() ? null : String.join(", ", pairs);
    }
}
