package dev.skyway.portal.incidents;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.incidents.internal.intake.IntegrationSecrets;
import dev.skyway.portal.incidents.internal.intake.IntegrationStore;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * The intake endpoints alerts arrive through, each with its own URL and secret; platform admins create and list
 * them. The secret is shown once, at creation.
 */
@Service
public class Integrations {

    static final int MAX_NAME = 128;

    private final IntegrationStore store;
    private final CurrentUser currentUser;
    private final AuditLedger audit;
    private final Clock clock;

    Integrations(IntegrationStore store, CurrentUser currentUser, AuditLedger audit, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param type {@code sns}, {@code alertmanager} or {@code events}
     * @throws IncidentsValidationException naming each field's problem; nothing is stored then
     */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional
    public CreatedIntegration create(@Nullable String type, @Nullable String name) {
        Map<String, String> problems = new LinkedHashMap<>();
        IntegrationType parsed = IntegrationType.parse(type).orElse(null);
        if (parsed == null) {
            problems.put("type", "must be one of sns, alertmanager, events");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            problems.put("name", "must have 1 to " + MAX_NAME + " characters");
        } else if (store.nameTaken(trimmed)) {
            problems.put("name", "is taken by another integration");
        }
        if (!problems.isEmpty()) {
            throw new IncidentsValidationException(problems);
        }
        PortalUser user = currentUser.get();
        String secret = IntegrationSecrets.newSecret();
        Integration integration = new Integration(UUID.randomUUID(), parsed, trimmed, true, user.name(),
                clock.instant(), null, null, null);
        try {
            store.insert(integration, IntegrationSecrets.sha256(secret), user);
        } catch (DuplicateKeyException e) {
            throw new IncidentsValidationException(Map.of("name", "is taken by another integration"));
        }
        audit.append(AuditRecord.of("incidents.integration-created", "incident-integration",
                integration.id().toString(), Map.of("type", parsed.wireName(), "name", trimmed)));
        String url = parsed == IntegrationType.SNS ? integration.intakePath() + "/" + secret
                : integration.intakePath();
        return new CreatedIntegration(integration, url, secret);
    }

    /** Every integration's name by id, for everyone who reads alerts (no URL, no secret, nothing else). */
    @PreAuthorize(Alerts.READERS)
    public Map<UUID, String> names() {
        Map<UUID, String> names = new LinkedHashMap<>();
        store.all().forEach(i -> names.put(i.id(), i.name()));
        return names;
    }

    /** Every integration, by name. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public List<Integration> list() {
        return store.all();
    }
}
