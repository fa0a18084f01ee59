package dev.skyway.portal.incidents.internal.sns;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.internal.Json;
import tools.jackson.databind.JsonNode;

/**
 * One message as SNS posted it: its type and every string field exactly as received (the signature covers the raw
 * values, e.g. the {@code Timestamp} string, so nothing is normalized).
 */
public record SnsMessage(SnsMessageType type, Map<String, String> fields) {

    public SnsMessage {
        fields = Map.copyOf(fields);
    }

    /**
     * @param headerType the {@code x-amz-sns-message-type} header, if sent
     * @throws InvalidPayloadException when the body is not a JSON object, its {@code Type} is not one SNS posts, or
     *                                 the header names another type
     */
    public static SnsMessage parse(String body, @Nullable String headerType) {
        JsonNode json = Json.object(body);
        String typeName = Json.text(json, "Type");
        if (typeName == null) {
            throw new InvalidPayloadException("Type: required (Notification, SubscriptionConfirmation or "
                    + "UnsubscribeConfirmation)");
        }
        SnsMessageType type = SnsMessageType.of(typeName).orElseThrow(() -> new InvalidPayloadException(
                "Type: '" + Json.shortened(typeName) + "' is not a message type SNS posts"));
        if (headerType != null && !headerType.isBlank() && !headerType.strip().equals(typeName)) {
            throw new InvalidPayloadException("x-amz-sns-message-type: the header says '"
                    + Json.shortened(headerType) + "' but the message is a " + typeName);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : json.propertyNames()) {
            JsonNode value = json.get(name);
            if (value.isString()) {
                fields.put(name, value.stringValue());
            }
        }
        return new SnsMessage(type, fields);
    }

    public @Nullable String field(String name) {
        return fields.get(name);
    }

    public @Nullable String messageId() {
        return fields.get("MessageId");
    }

    public @Nullable String topicArn() {
        return fields.get("TopicArn");
    }

    public @Nullable String subject() {
        return fields.get("Subject");
    }

    public @Nullable String message() {
        return fields.get("Message");
    }

    public @Nullable String timestamp() {
        return fields.get("Timestamp");
    }

    public @Nullable String signatureVersion() {
        return fields.get("SignatureVersion");
    }

    public @Nullable String signature() {
        return fields.get("Signature");
    }

    public @Nullable String signingCertUrl() {
        return fields.get("SigningCertURL");
    }

    public @Nullable String subscribeUrl() {
        return fields.get("SubscribeURL");
    }

    /**
     * The string the signature covers: each signed field of the type, in order, as its name and its value on lines of
     * their own; a notification without a subject leaves the Subject out.
     *
     * @throws SnsVerificationException when a field the signature must cover is missing
     */
    public String canonicalString() {
        StringBuilder canonical = new StringBuilder();
        for (String name : type.signedFields()) {
            String value = fields.get(name);
            if (value == null) {
                if ("Subject".equals(name)) {
                    continue;
                }
                throw new SnsVerificationException(SnsVerificationException.Reason.SIGNATURE,
                        "the signed field " + name + " is missing");
            }
            canonical.append(name).append('\n').append(value).append('\n');
        }
        return canonical.toString();
    }
}
