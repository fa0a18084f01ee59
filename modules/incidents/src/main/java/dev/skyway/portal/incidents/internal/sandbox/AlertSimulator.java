package dev.skyway.portal.incidents.internal.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.incidents.Integration;
import dev.skyway.portal.incidents.IntegrationType;
import dev.skyway.portal.incidents.internal.intake.IntakeRecorder;
import dev.skyway.portal.incidents.internal.intake.IntegrationSecrets;
import dev.skyway.portal.incidents.internal.intake.IntegrationStore;
import dev.skyway.portal.incidents.internal.signals.SnsNotifications;
import dev.skyway.portal.incidents.internal.sns.SnsMessage;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Sends a burst of sandbox alarms through the SNS intake path of its own integration ("Sandbox alert simulator",
 * created on first use): each message is parsed as SNS delivers it, read into alert signals by the same code as a
 * real notification, and recorded with its raw payload, so deduplication and routing rules apply as for real. Only the
 * signature check is skipped: nothing but SNS can sign.
 */
@Component
public class AlertSimulator {

    public static final String INTEGRATION_NAME = "Sandbox alert simulator";

    private final IntegrationStore integrations;
    private final IntakeRecorder recorder;
    private final Clock clock;
    private final Random random = new Random();

    AlertSimulator(IntegrationStore integrations, IntakeRecorder recorder, Clock clock) {
        this.integrations = integrations;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** What one simulation sent: how many messages, and how many alerts they opened or repeated. */
    public record Simulated(UUID integrationId, int messages, int alertsTouched) {
    }

    @Transactional
    public Simulated simulate(List<String> accountIds) {
        UUID integration = integration();
        Instant now = clock.instant();
        List<String> messages;
        synchronized (random) {
            messages = SandboxAlarms.burst(accountIds, now, random);
        }
        int touched = 0;
        for (String body : messages) {
            SnsMessage message = SnsMessage.parse(body, "Notification");
            touched += recorder.record(integration, new IntakeRecorder.ReceivedMessage(message.type().wireName(),
                    message.messageId(), "text/plain; charset=UTF-8", body), SnsNotifications.signals(message))
                    .orElse(0);
        }
        return new Simulated(integration, messages.size(), touched);
    }

    private UUID integration() {
        return integrations.all().stream().filter(i -> i.name().equals(INTEGRATION_NAME)).findFirst()
                .map(Integration::id).orElseGet(() -> {
                    Integration created = new Integration(UUID.randomUUID(), IntegrationType.SNS, INTEGRATION_NAME,
                            true, PortalUser.SYSTEM.name(), clock.instant(), null, null, null);
                    integrations.insert(created, IntegrationSecrets.sha256(IntegrationSecrets.newSecret()),
                            PortalUser.SYSTEM);
                    return created.id();
                });
    }
}
