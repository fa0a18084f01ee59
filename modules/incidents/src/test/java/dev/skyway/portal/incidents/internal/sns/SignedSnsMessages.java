package dev.skyway.portal.incidents.internal.sns;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * SNS messages signed like SNS signs them (canonical string per type, written here independently of the code under
 * test), with a key of the test's own CA: for loopback tests and for the intake endpoints.
 */
public final class SignedSnsMessages {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> NOTIFICATION = List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type");
    static final List<String> CONFIRMATION = List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token",
            "TopicArn", "Type");

    private final PrivateKey key;
    private final String certificateUrl;

    public SignedSnsMessages(PrivateKey key, String certificateUrl) {
        this.key = key;
        this.certificateUrl = certificateUrl;
    }

    public String notification(String topicArn, String subject, String message, Instant sent, String version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", "Notification");
        fields.put("MessageId", UUID.randomUUID().toString());
        fields.put("TopicArn", topicArn);
        if (subject != null) {
            fields.put("Subject", subject);
        }
        fields.put("Message", message);
        fields.put("Timestamp", sent.toString());
        return signed(fields, NOTIFICATION, version);
    }

    public String subscriptionConfirmation(String topicArn, String subscribeUrl, Instant sent) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", "SubscriptionConfirmation");
        fields.put("MessageId", UUID.randomUUID().toString());
        fields.put("Token", "2336412f37fb687f5d51e6e2425929f5");
        fields.put("TopicArn", topicArn);
        fields.put("Message", "You have chosen to subscribe to the topic " + topicArn + ".");
        fields.put("SubscribeURL", subscribeUrl);
        fields.put("Timestamp", sent.toString());
        return signed(fields, CONFIRMATION, "1");
    }

    private String signed(Map<String, String> fields, List<String> order, String version) {
        StringBuilder canonical = new StringBuilder();
        for (String name : order) {
            if (fields.containsKey(name)) {
                canonical.append(name).append('\n').append(fields.get(name)).append('\n');
            }
        }
        try {
            Signature signature = Signature.getInstance("2".equals(version) ? "SHA256withRSA" : "SHA1withRSA");
            signature.initSign(key);
            signature.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
            fields.put("SignatureVersion", version);
            fields.put("Signature", Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        fields.put("SigningCertURL", certificateUrl);
        return JSON.writeValueAsString(fields);
    }
}
