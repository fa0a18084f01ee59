package dev.skyway.portal.incidents.internal.intake;

import static dev.skyway.schema.incidents.Tables.INTEGRATION;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.Integration;
import dev.skyway.portal.incidents.IntegrationType;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.schema.incidents.tables.records.IntegrationRecord;

/** The integrations ({@code incidents.integration}); names are unique. */
@Repository
public class IntegrationStore {

    /** How long intake trusts what it read of an integration (its type, enabled flag and secret's hash). */
    static final Duration INTAKE_CACHE = Duration.ofSeconds(10);

    private final DSLContext db;
    private final Map<UUID, Cached> forIntake = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> lastAcceptedWritten = new ConcurrentHashMap<>();

    IntegrationStore(DSLContext db) {
        this.db = db;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the name is taken */
    public void insert(Integration integration, String secretSha256, PortalUser creator) {
        db.insertInto(INTEGRATION).set(INTEGRATION.ID, integration.id())
                .set(INTEGRATION.TYPE, integration.type().name()).set(INTEGRATION.NAME, integration.name())
                .set(INTEGRATION.SECRET_SHA256, secretSha256).set(INTEGRATION.ENABLED, integration.enabled())
                .set(INTEGRATION.CREATED_BY_KEY, creator.key().canonical())
                .set(INTEGRATION.CREATED_BY_NAME, integration.createdBy())
                .set(INTEGRATION.CREATED_AT, utc(integration.createdAt())).execute();
    }

    public boolean nameTaken(String name) {
        return db.fetchExists(INTEGRATION, INTEGRATION.NAME.lower().eq(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public Optional<StoredIntegration> find(UUID id) {
        return db.selectFrom(INTEGRATION).where(INTEGRATION.ID.eq(id)).fetchOptional()
                .map(r -> new StoredIntegration(integration(r), r.getSecretSha256()));
    }

    /**
     * {@link #find} for intake, which reads the same integration for every message it receives: what was read is kept
     * for {@link #INTAKE_CACHE} (per replica), unknown ids are not kept.
     */
    public Optional<StoredIntegration> findForIntake(UUID id, Instant now) {
        Cached cached = forIntake.get(id);
        if (cached != null && !now.isBefore(cached.readAt()) && now.isBefore(cached.readAt().plus(INTAKE_CACHE))) {
            return Optional.of(cached.integration());
        }
        Optional<StoredIntegration> found = find(id);
        found.ifPresentOrElse(i -> forIntake.put(id, new Cached(i, now)), () -> forIntake.remove(id));
        return found;
    }

    private record Cached(StoredIntegration integration, Instant readAt) {
    }

    public List<Integration> all() {
        return db.selectFrom(INTEGRATION).orderBy(INTEGRATION.NAME).fetch(IntegrationStore::integration);
    }

    /**
     * To the second: every message's transaction updating the one integration row would queue concurrent deliveries
     * behind each other's row lock; a row already at this second is not touched (nor locked).
     */
    public void messageAccepted(UUID id, Instant at) {
        // this replica wrote this second already: no statement at all
        Instant written = lastAcceptedWritten.get(id);
        if (written != null && !at.isBefore(written) && at.isBefore(written.plusSeconds(1))) {
            return;
        }
        lastAcceptedWritten.put(id, at);
        db.update(INTEGRATION).set(INTEGRATION.LAST_MESSAGE_AT, utc(at)).where(INTEGRATION.ID.eq(id)
                .and(INTEGRATION.LAST_MESSAGE_AT.isNull().or(INTEGRATION.LAST_MESSAGE_AT
                        .le(utc(at.minusSeconds(1)))))).execute();
    }

    public void subscriptionConfirmed(UUID id, String topicArn, Instant at) {
        db.update(INTEGRATION).set(INTEGRATION.SNS_TOPIC_ARN, topicArn).set(INTEGRATION.SNS_CONFIRMED_AT, utc(at))
                .where(INTEGRATION.ID.eq(id)).execute();
    }

    private static Integration integration(IntegrationRecord r) {
        return new Integration(r.getId(), IntegrationType.valueOf(r.getType()), r.getName(), r.getEnabled(),
                r.getCreatedByName(), r.getCreatedAt().toInstant(), r.getSnsTopicArn(),
                instant(r.getSnsConfirmedAt()), instant(r.getLastMessageAt()));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
