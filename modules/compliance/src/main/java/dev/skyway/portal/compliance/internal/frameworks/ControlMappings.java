package dev.skyway.portal.compliance.internal.frameworks;

import static dev.skyway.schema.compliance.Tables.CONTROL_MAPPING;
import static dev.skyway.schema.compliance.Tables.FINDING;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which controls are the same check in different tools (data): each tool's control id maps to one control key, the
 * Security Hub control id where there is one. A control without a mapping is its own key.
 */
@Repository
public class ControlMappings {

    private final DSLContext db;
    private final Clock clock;

    ControlMappings(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One tool's control id and the key it maps to. */
    public record Mapping(String controlId, String controlKey, @Nullable String source) {
    }

    /** The key of every mapped control, by control id. */
    @Transactional(readOnly = true)
    public Keys keys() {
        Map<String, String> keys = new HashMap<>();
        db.select(CONTROL_MAPPING.CONTROL_ID, CONTROL_MAPPING.CONTROL_KEY).from(CONTROL_MAPPING)
                .forEach(r -> keys.put(r.value1(), r.value2()));
        return new Keys(keys);
    }

    /**
     * Adds the mappings not stored yet (a stored one is kept: it may have been changed on purpose) and moves the
     * stored findings of newly mapped controls to their key.
     *
     * @return how many were added
     */
    @Transactional
    public int addMissing(List<Mapping> mappings, String origin) {
        Set<String> stored = Set.copyOf(db.select(CONTROL_MAPPING.CONTROL_ID).from(CONTROL_MAPPING)
                .fetch(CONTROL_MAPPING.CONTROL_ID));
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int added = 0;
        for (Mapping m : mappings) {
            if (stored.contains(m.controlId())) {
                continue;
            }
            db.insertInto(CONTROL_MAPPING).set(CONTROL_MAPPING.CONTROL_ID, m.controlId())
                    .set(CONTROL_MAPPING.CONTROL_KEY, m.controlKey()).set(CONTROL_MAPPING.SOURCE, m.source())
                    .set(CONTROL_MAPPING.ORIGIN, origin).set(CONTROL_MAPPING.UPDATED_AT, now).execute();
            db.update(FINDING).set(FINDING.CONTROL_KEY, m.controlKey()).where(FINDING.CONTROL_ID.eq(m.controlId()))
                    .and(FINDING.CONTROL_KEY.ne(m.controlKey())).execute();
            added++;
        }
        return added;
    }

    /** A snapshot of the mapping. */
    public record Keys(Map<String, String> byControl) {

        public Keys {
            byControl = Map.copyOf(byControl);
        }

        /** The key of a control: its mapping's, else itself. */
        public String of(String controlId) {
            return byControl.getOrDefault(controlId, controlId);
        }
    }
}
