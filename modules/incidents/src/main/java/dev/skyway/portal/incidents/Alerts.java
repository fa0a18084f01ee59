package dev.skyway.portal.incidents;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.incidents.internal.intake.AlertStore;

/** The deduplicated alerts, for everyone signed in (on-call is everyone's business). */
@Service
public class Alerts {

    static final String READERS = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";
    public static final int MAX_LIMIT = 500;

    private final AlertStore store;

    Alerts(AlertStore store) {
        this.store = store;
    }

    /**
     * @param integrationId only this integration's alerts, when given
     * @param status        only alerts in this status, when given
     * @param limit         1 to {@value #MAX_LIMIT}
     * @return newest first
     * @throws IncidentsValidationException when offset or limit are out of range
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public AlertPage list(@Nullable UUID integrationId, @Nullable AlertStatus status, int offset, int limit) {
        if (offset < 0) {
            throw new IncidentsValidationException(java.util.Map.of("offset", "must be 0 or more"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IncidentsValidationException(java.util.Map.of("limit", "must be 1 to " + MAX_LIMIT));
        }
        return new AlertPage(store.count(integrationId, status), store.find(integrationId, status, offset, limit));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<Alert> find(UUID id) {
        return store.find(id);
    }
}
