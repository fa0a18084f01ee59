package dev.skyway.portal.incidents.internal.intake;

import static dev.skyway.schema.incidents.Tables.RAW_PAYLOAD;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The raw payloads of accepted messages ({@code incidents.raw_payload}). */
@Repository
public class RawPayloadStore {

    private final DSLContext db;

    RawPayloadStore(DSLContext db) {
        this.db = db;
    }

    /**
     * Keeps a message as it arrived.
     *
     * @param messageId the sender's id of the message, if it has one
     * @return the stored payload's id; empty when a message with this id was already kept (a redelivery)
     */
    public Optional<Long> keep(UUID integrationId, String messageType, @Nullable String messageId,
                               @Nullable String contentType, String body, Instant receivedAt) {
        var insert = db.insertInto(RAW_PAYLOAD).set(RAW_PAYLOAD.INTEGRATION_ID, integrationId)
                .set(RAW_PAYLOAD.RECEIVED_AT, IntegrationStore.utc(receivedAt))
                .set(RAW_PAYLOAD.MESSAGE_TYPE, Texts.cut(messageType, 64))
                .set(RAW_PAYLOAD.MESSAGE_ID, messageId == null ? null : Texts.cut(messageId, 255))
                .set(RAW_PAYLOAD.CONTENT_TYPE, Texts.cutOrNull(contentType, 128)).set(RAW_PAYLOAD.BODY, body);
        if (messageId == null) {
            return Optional.of(insert.returningResult(RAW_PAYLOAD.ID).fetchOne().value1());
        }
        // one round trip: a redelivery inserts nothing and so returns no id
        return insert.onConflict(RAW_PAYLOAD.INTEGRATION_ID, RAW_PAYLOAD.MESSAGE_ID).doNothing()
                .returningResult(RAW_PAYLOAD.ID).fetchOptional().map(r -> r.value1());
    }

    /** @return how many payloads received before {@code cutoff} were deleted */
    public int purgeBefore(Instant cutoff) {
        return db.deleteFrom(RAW_PAYLOAD).where(RAW_PAYLOAD.RECEIVED_AT.lt(IntegrationStore.utc(cutoff))).execute();
    }

    public int count(UUID integrationId) {
        return db.fetchCount(RAW_PAYLOAD, RAW_PAYLOAD.INTEGRATION_ID.eq(integrationId));
    }
}
