package dev.skyway.portal.incidents.internal.sns;

import java.util.List;
import java.util.Optional;

/**
 * The message types SNS posts to an HTTP(S) subscription, by their {@code Type} value, each with the fields its
 * signature covers in the order of its canonical string.
 */
public enum SnsMessageType {
    NOTIFICATION("Notification", List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")),
    SUBSCRIPTION_CONFIRMATION("SubscriptionConfirmation", confirmationFields()),
    UNSUBSCRIBE_CONFIRMATION("UnsubscribeConfirmation", confirmationFields());

    private final String wireName;
    private final List<String> signedFields;

    SnsMessageType(String wireName, List<String> signedFields) {
        this.wireName = wireName;
        this.signedFields = signedFields;
    }

    /** As SNS writes it in {@code Type} and in the {@code x-amz-sns-message-type} header. */
    public String wireName() {
        return wireName;
    }

    /** The signed fields in canonical order; a field a message lacks (a notification's Subject) is left out. */
    public List<String> signedFields() {
        return signedFields;
    }

    private static List<String> confirmationFields() {
        return List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");
    }

    public static Optional<SnsMessageType> of(String wireName) {
        for (SnsMessageType type : values()) {
            if (type.wireName.equals(wireName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
