package dev.skyway.portal.incidents.internal.signals;

import java.util.List;
import java.util.Locale;

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
 * EventBridge events forwarded by SNS: AWS Health events (one alert per event and affected account; a closed event
 * resolves it), GuardDuty findings (one alert per finding, severity by GuardDuty's bands, archived resolves), and any
 * other event as a generic alert of its own id with its JSON.
 */
final class EventBridgeEvents {

    private EventBridgeEvents() {
    }

    static boolean isEvent(JsonNode message) {
        return message.has("detail-type") && message.has("source") && message.has("detail");
    }

    static AlertSignal signal(JsonNode event) {
        String source = Fields.required(event, "source", "Message.");
        return switch (source) {
            case "aws.health" -> health(event);
            case "aws.guardduty" -> guardDuty(event);
            default -> generic(event, source);
        };
    }

    private static AlertSignal health(JsonNode event) {
        JsonNode detail = Fields.object(event, "detail", "Message.");
        String eventArn = Fields.required(detail, "eventArn", "Message.detail.");
        String account = Fields.first(detail, "affectedAccount");
        account = account == null ? Fields.optional(event, "account") : account;
        String service = Fields.optional(detail, "service");
        String typeCode = Fields.first(detail, "eventTypeCode");
        String category = Fields.first(detail, "eventTypeCategory");
        String status = Fields.first(detail, "statusCode");
        String region = Fields.first(detail, "eventRegion");
        region = region == null ? Fields.optional(event, "region") : region;
        SignalAction action = "closed".equalsIgnoreCase(status) ? SignalAction.RESOLVE : SignalAction.TRIGGER;
        String summary = "AWS Health: " + (service == null ? "" : service + " ")
                + (typeCode == null ? "event" : typeCode) + (region == null ? "" : " (" + region + ")");
        return new AlertSignal(action, Texts.key(eventArn + "#" + (account == null ? "" : account)),
                AlertKind.AWS_HEALTH, healthSeverity(category, status), summary, "aws.health", account, region,
                service, resources(detail, event), Json.write(event), description(detail));
    }

    /** An issue hurts now; a scheduled change or an investigation may; an account notification informs. */
    static AlertSeverity healthSeverity(@Nullable String category, @Nullable String status) {
        String value = category == null ? "" : category.toLowerCase(Locale.ROOT);
        if ("issue".equals(value)) {
            return "upcoming".equalsIgnoreCase(status) ? AlertSeverity.WARNING : AlertSeverity.ERROR;
        }
        if ("scheduledchange".equals(value) || "investigation".equals(value)) {
            return AlertSeverity.WARNING;
        }
        return AlertSeverity.INFO;
    }

    private static AlertSignal guardDuty(JsonNode event) {
        JsonNode detail = Fields.object(event, "detail", "Message.");
        String findingArn = Fields.first(detail, "arn", "id");
        if (findingArn == null) {
            throw new InvalidPayloadException("Message.detail.arn: required, the GuardDuty finding's ARN or id");
        }
        JsonNode severity = detail.get("severity");
        if (severity == null || !severity.isNumber()) {
            throw new InvalidPayloadException("Message.detail.severity: required, a number (GuardDuty 0.1 to 10)");
        }
        JsonNode service = Fields.object(detail, "service", "Message.detail.");
        boolean archived = service.path("archived").asBoolean(false);
        String title = Fields.first(detail, "title", "type");
        String account = Fields.first(detail, "accountId");
        account = account == null ? Fields.optional(event, "account") : account;
        String region = Fields.first(detail, "region");
        region = region == null ? Fields.optional(event, "region") : region;
        return new AlertSignal(archived ? SignalAction.RESOLVE : SignalAction.TRIGGER, Texts.key(findingArn),
                AlertKind.GUARDDUTY, guardDutySeverity(severity.asDouble()),
                "GuardDuty: " + (title == null ? "finding" : title), Fields.optional(detail, "type"), account,
                region, "GuardDuty", guardDutyResource(detail), Json.write(event),
                Fields.optional(detail, "description"));
    }

    /** GuardDuty's bands: critical 9.0-10.0, high 7.0-8.9, medium 4.0-6.9, low below. */
    static AlertSeverity guardDutySeverity(double severity) {
        if (severity >= 9.0) {
            return AlertSeverity.CRITICAL;
        }
        if (severity >= 7.0) {
            return AlertSeverity.ERROR;
        }
        if (severity >= 4.0) {
            return AlertSeverity.WARNING;
        }
        return AlertSeverity.INFO;
    }

    private static @Nullable String guardDutyResource(JsonNode detail) {
        JsonNode resource = detail.path("resource");
        String type = Fields.optional(resource, "resourceType");
        String id = Fields.first(resource.path("instanceDetails"), "instanceId");
        id = id == null ? Fields.first(resource.path("accessKeyDetails"), "accessKeyId", "userName") : id;
        if (type == null && id == null) {
            return null;
        }
        return (type == null ? "" : type) + (id == null ? "" : " " + id);
    }

    private static AlertSignal generic(JsonNode event, String source) {
        String id = Fields.required(event, "id", "Message.");
        String detailType = Fields.required(event, "detail-type", "Message.");
        List<String> resources = Fields.strings(event, "resources");
        return new AlertSignal(SignalAction.TRIGGER, Texts.key("eventbridge:" + id), AlertKind.GENERIC,
                AlertSeverity.WARNING, detailType + " (" + source + ")", source, Fields.optional(event, "account"),
                Fields.optional(event, "region"), source, resources.isEmpty() ? null : String.join(", ", resources),
                Json.write(event), null);
    }

    private static @Nullable String resources(JsonNode detail, JsonNode event) {
        List<String> entities = new java.util.ArrayList<>();
        JsonNode affected = detail.get("affectedEntities");
        if (affected != null && affected.isArray()) {
            affected.forEach(entity -> {
                String value = Fields.optional(entity, "entityValue");
                if (value != null) {
                    entities.add(value);
                }
            });
        }
        if (entities.isEmpty()) {
            entities.addAll(Fields.strings(event, "resources"));
        }
        return entities.isEmpty() ? null : String.join(", ", entities);
    }

    private static @Nullable String description(JsonNode detail) {
        JsonNode descriptions = detail.get("eventDescription");
        if (descriptions != null && descriptions.isArray() && !descriptions.isEmpty()) {
            return Fields.optional(descriptions.get(0), "latestDescription");
        }
        return null;
    }
}
