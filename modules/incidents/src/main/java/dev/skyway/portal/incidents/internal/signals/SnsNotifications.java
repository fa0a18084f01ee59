package dev.skyway.portal.incidents.internal.signals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.AlertKind;
import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.internal.Json;
import dev.skyway.portal.incidents.internal.intake.AlertSignal;
import dev.skyway.portal.incidents.internal.intake.SignalAction;
import dev.skyway.portal.incidents.internal.intake.Texts;
import dev.skyway.portal.incidents.internal.sns.SnsMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a verified SNS notification says: a CloudWatch alarm, an EventBridge event (AWS Health, GuardDuty, other), or
 * anything else, kept as a generic alert of its own message id with the message as it came (JSON or text).
 */
public final class SnsNotifications {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SnsNotifications() {
    }

    /** @throws InvalidPayloadException when a recognized message lacks a field it needs or has a bad value */
    public static List<AlertSignal> signals(SnsMessage notification) {
        String text = notification.message();
        if (text == null) {
            throw new InvalidPayloadException("Message: required");
        }
        JsonNode message = json(text);
        if (message != null && message.isObject()) {
            if (CloudWatchAlarms.isAlarm(message)) {
                return List.of(CloudWatchAlarms.signal(message));
            }
            if (EventBridgeEvents.isEvent(message)) {
                return List.of(EventBridgeEvents.signal(message));
            }
        }
        return List.of(generic(notification, text, message));
    }

    private static AlertSignal generic(SnsMessage notification, String text, @Nullable JsonNode message) {
        String messageId = notification.messageId();
        if (messageId == null) {
            throw new InvalidPayloadException("MessageId: required");
        }
        String subject = notification.subject();
        String firstLine = text.strip().lines().findFirst().orElse("");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("topicArn", notification.topicArn());
        details.put("subject", subject);
        details.put("message", message == null ? text : message);
        String topic = notification.topicArn();
        return new AlertSignal(SignalAction.TRIGGER, Texts.key("sns:" + messageId), AlertKind.GENERIC,
                AlertSeverity.WARNING, subject != null ? subject : firstLine.isEmpty() ? "SNS message" : firstLine,
                topic, accountOf(topic), regionOf(topic), null, null, JSON.writeValueAsString(details), null);
    }

    private static @Nullable JsonNode json(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return null;
        }
        try {
            return Json.tree(trimmed);
        } catch (InvalidPayloadException e) {
            return null;
        }
    }

    private static @Nullable String accountOf(@Nullable String topicArn) {
        String[] parts = topicArn == null ? new String[0] : topicArn.split(":");
        return parts.length > 4 ? parts[4] : null;
    }

    private static @Nullable String regionOf(@Nullable String topicArn) {
        String[] parts = topicArn == null ? new String[0] : topicArn.split(":");
        return parts.length > 3 ? parts[3] : null;
    }
}
