package dev.skyway.portal.incidents.internal.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an accepted message and applies its signals, in one transaction: either the raw payload, every alert change
 * and what routing made of new alerts are stored, or none is.
 */
@Service
public class IntakeRecorder {

    private final RawPayloadStore payloads;
    private final AlertStore alerts;
    private final IntegrationStore integrations;
    private final NewAlerts newAlerts;
    private final Clock clock;

    IntakeRecorder(RawPayloadStore payloads, AlertStore alerts, IntegrationStore integrations, NewAlerts newAlerts,
                   Clock clock) {
        this.payloads = payloads;
        this.alerts = alerts;
        this.integrations = integrations;
        this.newAlerts = newAlerts;
        this.clock = clock;
    }

    /**
     * @param message what arrived, as it arrived
     * @return how many alerts the signals touched; empty when the message was already received (same message id)
     */
    @Transactional
    public Optional<Integer> record(UUID integrationId, ReceivedMessage message, List<AlertSignal> signals) {
        Instant now = clock.instant();
        Optional<Long> payload = payloads.keep(integrationId, message.type(), message.messageId(),
                message.contentType(), message.body(), now);
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        int touched = 0;
        for (AlertSignal signal : signals) {
            Optional<AlertStore.Recorded> recorded = alerts.record(integrationId, signal, payload.get(), now);
            if (recorded.isPresent()) {
                touched++;
                if (recorded.get().opened()) {
                    newAlerts.opened(recorded.get().alertId());
                }
            }
        }
        integrations.messageAccepted(integrationId, now);
        return Optional.of(touched);
    }

    /** Keeps a subscription confirmation and the topic it confirmed. */
    @Transactional
    public void subscribed(UUID integrationId, ReceivedMessage message, String topicArn) {
        Instant now = clock.instant();
        payloads.keep(integrationId, message.type(), message.messageId(), message.contentType(), message.body(), now);
        integrations.subscriptionConfirmed(integrationId, topicArn, now);
        integrations.messageAccepted(integrationId, now);
    }

    /**
     * A message as it arrived.
     *
     * @param type      e.g. {@code Notification}, {@code alertmanager-v4}, {@code trigger}
     * @param messageId the sender's id of the message, when it has one (SNS)
     */
    public record ReceivedMessage(String type, @Nullable String messageId, @Nullable String contentType,
                                  String body) {
    }
}
