package dev.skyway.portal.platform.jobs.internal;

import static dev.skyway.schema.platform.Tables.PERIODIC_JOB;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The last start of each periodic job ({@code platform.periodic_job}), shared by every replica. */
@Repository
public class JobStarts {

    private final DSLContext db;

    JobStarts(DSLContext db) {
        this.db = db;
    }

    /**
     * Records a start of {@code name} at {@code now} unless the last one was after {@code leftOutIfStartedAfter}.
     * Each statement is atomic, so of two replicas claiming at once only one gets the run.
     *
     * @return whether this caller got the run
     */
    public boolean claim(String name, Instant now, Instant leftOutIfStartedAfter) {
        int inserted = db.insertInto(PERIODIC_JOB).set(PERIODIC_JOB.NAME, name)
                .set(PERIODIC_JOB.LAST_STARTED_AT, time(now)).onConflictDoNothing().execute();
        if (inserted == 1) {
            return true;
        }
        return db.update(PERIODIC_JOB).set(PERIODIC_JOB.LAST_STARTED_AT, time(now))
                .where(PERIODIC_JOB.NAME.eq(name))
                .and(PERIODIC_JOB.LAST_STARTED_AT.le(time(leftOutIfStartedAfter))).execute() == 1;
    }

    /** The last start of {@code name}; absent when it never ran. */
    public @Nullable Instant lastStart(String name) {
        OffsetDateTime at = db.select(PERIODIC_JOB.LAST_STARTED_AT).from(PERIODIC_JOB)
                .where(PERIODIC_JOB.NAME.eq(name)).fetchOne(PERIODIC_JOB.LAST_STARTED_AT);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
