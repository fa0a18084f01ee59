package dev.skyway.portal.incidents;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.incidents.internal.sandbox.AlertSimulator;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;

/**
 * The sandbox's alert simulator, for platform admins and only in sandbox mode: realistic CloudWatch alarms and AWS
 * Health events for the sandbox accounts, through the same intake path as SNS deliveries.
 */
@Service
public class IncidentSandbox {

    private final AwsClientFactory aws;
    private final AccountOwnership ownership;
    private final AlertSimulator simulator;
    private final AuditLedger audit;

    IncidentSandbox(AwsClientFactory aws, AccountOwnership ownership, AlertSimulator simulator, AuditLedger audit) {
        this.aws = aws;
        this.ownership = ownership;
        this.simulator = simulator;
        this.audit = audit;
    }

    /** What a simulation sent. */
    public record Simulation(String integrationId, int messages, int alerts) {
    }

    public boolean available() {
        return aws.mode() == AwsMode.SANDBOX;
    }

    /**
     * @throws SandboxOnlyException when the portal runs against AWS
     */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public Simulation simulateAlerts() {
        if (!available()) {
            throw new SandboxOnlyException();
        }
        List<String> accounts = ownership.accounts().stream().filter(a -> "ACTIVE".equals(a.status()))
                .map(Account::id).toList();
        AlertSimulator.Simulated simulated = simulator.simulate(accounts.isEmpty() ? List.of("111111111111")
                : accounts);
        audit.append(AuditRecord.of("incidents.sandbox-alerts-simulated", "incident-integration",
                simulated.integrationId().toString(), Map.of("messages", simulated.messages())));
        return new Simulation(simulated.integrationId().toString(), simulated.messages(), simulated.alertsTouched());
    }

    /** The simulator runs only in sandbox mode. */
    public static class SandboxOnlyException extends RuntimeException {

        public SandboxOnlyException() {
            super("The alert simulator runs only in sandbox mode");
        }
    }
}
