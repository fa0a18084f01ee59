package dev.skyway.portal.incidents;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import dev.skyway.portal.incidents.internal.intake.AlertSignal;
import dev.skyway.portal.incidents.internal.intake.IntakeRecorder;
import dev.skyway.portal.incidents.internal.intake.IntakeRecorder.ReceivedMessage;
import dev.skyway.portal.incidents.internal.intake.IntegrationSecrets;
import dev.skyway.portal.incidents.internal.intake.IntegrationStore;
import dev.skyway.portal.incidents.internal.intake.StoredIntegration;
import dev.skyway.portal.incidents.internal.signals.AlertmanagerWebhooks;
import dev.skyway.portal.incidents.internal.signals.EventsApi;
import dev.skyway.portal.incidents.internal.signals.SnsNotifications;
import dev.skyway.portal.incidents.internal.sns.SigningCertificateUnavailableException;
import dev.skyway.portal.incidents.internal.sns.SnsMessage;
import dev.skyway.portal.incidents.internal.sns.SnsSignatureVerifier;
import dev.skyway.portal.incidents.internal.sns.SnsVerificationException;
import dev.skyway.portal.incidents.internal.sns.SubscriptionConfirmer;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;

/**
 * Where messages from outside arrive, without a portal login: each integration authenticates its sender (the SNS
 * signature and the secret in the URL; the secret as bearer token for Alertmanager and the Events API), reads the
 * message into alert signals, and keeps it with the alerts it changed. Nothing is stored of a message that is
 * refused.
 */
@Service
public class AlertIntake {

    private final IntegrationStore integrations;
    private final IntakeRecorder recorder;
    private final SnsSignatureVerifier verifier;
    private final SubscriptionConfirmer confirmer;
    private final AuditLedger audit;
    private final Clock clock;

    AlertIntake(IntegrationStore integrations, IntakeRecorder recorder, SnsSignatureVerifier verifier,
                SubscriptionConfirmer confirmer, AuditLedger audit, Clock clock) {
        this.integrations = integrations;
        this.recorder = recorder;
        this.verifier = verifier;
        this.confirmer = confirmer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An SNS delivery: verified first; a subscription confirmation is confirmed by visiting its SubscribeURL; a
     * notification becomes alerts; a redelivered message (same MessageId) is counted once.
     *
     * @param messageTypeHeader the {@code x-amz-sns-message-type} header
     * @throws IntakeAuthenticationException when the integration or secret is wrong
     * @throws InvalidPayloadException       when the message cannot be read
     * @throws MessageRefusedException       when the message fails verification
     * @throws IntakeUnavailableException    when the certificate or SubscribeURL could not be reached (retry)
     */
    public IntakeOutcome sns(UUID integrationId, String secret, String body, @Nullable String messageTypeHeader,
                             @Nullable String contentType) {
        StoredIntegration integration = authenticated(integrationId, IntegrationType.SNS, secret);
        SnsMessage message = SnsMessage.parse(body, messageTypeHeader);
        try {
            verifier.verify(message);
        } catch (SnsVerificationException e) {
            throw new MessageRefusedException("The message's signature could not be verified: " + e.getMessage());
        } catch (SigningCertificateUnavailableException e) {
            throw new IntakeUnavailableException(e.getMessage(), e);
        }
        ReceivedMessage received = new ReceivedMessage(message.type().wireName(), message.messageId(), contentType,
                body);
        UUID id = integration.integration().id();
        return switch (message.type()) {
            case NOTIFICATION -> accepted(id, received, SnsNotifications.signals(message), null);
            case SUBSCRIPTION_CONFIRMATION -> subscribe(id, message, received);
            case UNSUBSCRIBE_CONFIRMATION -> {
                recorder.record(id, received, List.of());
                yield new IntakeOutcome(IntakeOutcome.Result.UNSUBSCRIBED, 0, null);
            }
        };
    }

    /**
     * An Alertmanager webhook (payload version 4).
     *
     * @param authorization the {@code Authorization} header: {@code Bearer <secret>}
     * @throws IntakeAuthenticationException when the integration or token is wrong
     * @throws InvalidPayloadException       when the payload cannot be read; nothing is stored then
     */
    public IntakeOutcome alertmanager(UUID integrationId, @Nullable String authorization, String body,
                                     @Nullable String contentType) {
        UUID id = authenticated(integrationId, IntegrationType.ALERTMANAGER, bearer(authorization)).integration().id();
        List<AlertSignal> signals = AlertmanagerWebhooks.signals(body);
        return accepted(id, new ReceivedMessage("alertmanager-v4", null, contentType, body), signals, null);
    }

    /**
     * An Events API event.
     *
     * @param authorization the {@code Authorization} header: {@code Bearer <secret>}
     * @return with the event's dedup key (a new one when a trigger had none)
     * @throws IntakeAuthenticationException when the integration or token is wrong
     * @throws InvalidPayloadException       when the event cannot be read; nothing is stored then
     */
    public IntakeOutcome events(UUID integrationId, @Nullable String authorization, String body,
                                @Nullable String contentType) {
        UUID id = authenticated(integrationId, IntegrationType.EVENTS, bearer(authorization)).integration().id();
        AlertSignal signal = EventsApi.signal(body);
        String action = signal.action().name().toLowerCase(java.util.Locale.ROOT);
        return accepted(id, new ReceivedMessage(action, null, contentType, body), List.of(signal),
                signal.dedupKey());
    }

    private IntakeOutcome accepted(UUID integrationId, ReceivedMessage message, List<AlertSignal> signals,
                                   @Nullable String dedupKey) {
        Optional<Integer> touched = recorder.record(integrationId, message, signals);
        return touched.map(n -> new IntakeOutcome(IntakeOutcome.Result.ACCEPTED, n, dedupKey))
                .orElseGet(() -> new IntakeOutcome(IntakeOutcome.Result.DUPLICATE, 0, dedupKey));
    }

    private IntakeOutcome subscribe(UUID integrationId, SnsMessage message, ReceivedMessage received) {
        try {
            confirmer.confirm(message);
        } catch (SigningCertificateUnavailableException e) {
            throw new IntakeUnavailableException("The subscription could not be confirmed: " + e.getMessage(), e);
        }
        String topic = message.topicArn() == null ? "" : message.topicArn();
        recorder.subscribed(integrationId, received, topic);
        audit.append(AuditRecord.of("incidents.sns-subscription-confirmed", "incident-integration",
                integrationId.toString(), Map.of("topicArn", topic)));
        return new IntakeOutcome(IntakeOutcome.Result.SUBSCRIBED, 0, null);
    }

    private StoredIntegration authenticated(UUID id, IntegrationType type, @Nullable String secret) {
        return integrations.findForIntake(id, clock.instant()).filter(i -> i.integration().enabled() && i.integration().type() == type)
                .filter(i -> IntegrationSecrets.matches(secret, i.secretSha256()))
                .orElseThrow(IntakeAuthenticationException::new);
    }

    private static @Nullable String bearer(@Nullable String authorization) {
        if (authorization == null || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }
}
