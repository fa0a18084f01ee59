package dev.skyway.portal.incidents;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An intake endpoint. Its secret is shown once, at creation; only a hash of it is kept.
 *
 * @param snsTopicArn   SNS: the topic whose subscription was last confirmed
 * @param lastMessageAt when a message was last accepted
 */
public record Integration(UUID id, IntegrationType type, String name, boolean enabled, String createdBy,
                          Instant createdAt, @Nullable String snsTopicArn, @Nullable Instant snsConfirmedAt,
                          @Nullable Instant lastMessageAt) {

    /**
     * The path senders post to. Alertmanager and the Events API send the secret as a bearer token; SNS cannot, so its
     * path ends with the secret ({@code /api/v1/incidents/intake/sns/<id>/<secret>}) and this is the part before it.
     */
    public String intakePath() {
        return "/api/v1/incidents/intake/" + type.wireName() + "/" + id;
    }
}
