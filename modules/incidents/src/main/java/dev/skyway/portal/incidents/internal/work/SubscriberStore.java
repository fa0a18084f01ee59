package dev.skyway.portal.incidents.internal.work;

import static dev.skyway.schema.incidents.Tables.SUBSCRIBER;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.Subscriber;
import dev.skyway.portal.platform.identity.UserKey;

/** Who hears of an incident's status updates ({@code incidents.subscriber}, the rows of one incident). */
@Repository
public class SubscriberStore {

    private final DSLContext db;

    SubscriberStore(DSLContext db) {
        this.db = db;
    }

    public List<Subscriber> of(UUID incidentId) {
        return db.selectFrom(SUBSCRIBER).where(SUBSCRIBER.INCIDENT_ID.eq(incidentId))
                .orderBy(SUBSCRIBER.CREATED_AT, SUBSCRIBER.ID)
                .fetch(r -> new Subscriber(r.getId(), r.getIncidentId(), Subscriber.Channel.valueOf(r.getChannel()),
                        r.getTarget()));
    }

    /** @return the subscriber, the one there already when the target was subscribed before */
    public Subscriber add(UUID incidentId, Subscriber.Channel channel, String target, @Nullable UserKey by,
                          Instant at) {
        return of(incidentId).stream().filter(s -> s.channel() == channel && s.target().equalsIgnoreCase(target))
                .findFirst().orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    db.insertInto(SUBSCRIBER).set(SUBSCRIBER.ID, id).set(SUBSCRIBER.INCIDENT_ID, incidentId)
                            .set(SUBSCRIBER.CHANNEL, channel.name()).set(SUBSCRIBER.TARGET, target)
                            .set(SUBSCRIBER.USER_KEY, by == null ? null : by.canonical())
                            .set(SUBSCRIBER.CREATED_AT, at.atOffset(ZoneOffset.UTC)).execute();
                    return new Subscriber(id, incidentId, channel, target);
                });
    }

    /** @return whether there was such a subscriber */
    public boolean remove(UUID incidentId, Subscriber.Channel channel, String target) {
        return db.deleteFrom(SUBSCRIBER).where(SUBSCRIBER.INCIDENT_ID.eq(incidentId)
                .and(SUBSCRIBER.CHANNEL.eq(channel.name())).and(SUBSCRIBER.TARGET.equalIgnoreCase(target)))
                .execute() > 0;
    }
}
