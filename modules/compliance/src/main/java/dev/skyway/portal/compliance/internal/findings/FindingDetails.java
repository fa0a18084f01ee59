package dev.skyway.portal.compliance.internal.findings;

import static dev.skyway.schema.compliance.Tables.FINDING;
import static dev.skyway.schema.compliance.Tables.FINDING_EVENT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.compliance.Finding;
import dev.skyway.portal.compliance.FindingEvent;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.RequirementRef;
import dev.skyway.portal.compliance.internal.frameworks.ControlMappings;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;

/** One finding (open or resolved) with its history, and which framework requirements a control is a check of. */
@Repository
public class FindingDetails {

    private final DSLContext db;
    private final FrameworkRows frameworks;
    private final ControlMappings mappings;
    private final Clock clock;

    FindingDetails(DSLContext db, FrameworkRows frameworks, ControlMappings mappings, Clock clock) {
        this.db = db;
        this.frameworks = frameworks;
        this.mappings = mappings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Finding> find(UUID id) {
        Field<Boolean> waived = DSL.field(WaiverMatch.waived(LocalDate.now(clock.withZone(ZoneOffset.UTC))))
                .as("waived");
        return db.select(FINDING.asterisk(), waived).from(FINDING).where(FINDING.ID.eq(id))
                .fetchOptional(r -> FindingQueries.finding(r, Boolean.TRUE.equals(r.get(waived))));
    }

    /** Oldest first. */
    @Transactional(readOnly = true)
    public List<FindingEvent> history(UUID id) {
        return db.select(FINDING_EVENT.KIND, FINDING_EVENT.FROM_STATUS, FINDING_EVENT.TO_STATUS,
                        FINDING_EVENT.OCCURRED_AT).from(FINDING_EVENT).where(FINDING_EVENT.FINDING_ID.eq(id))
                .orderBy(FINDING_EVENT.OCCURRED_AT, FINDING_EVENT.ID)
                .fetch(r -> new FindingEvent(r.value1(), r.value2(), r.value3(), r.value4().toInstant()));
    }

    /** The requirements, in every framework, one of whose checks is this control key (or maps to it). */
    @Transactional(readOnly = true)
    public List<RequirementRef> requirements(String controlKey) {
        ControlMappings.Keys keys = mappings.keys();
        List<RequirementRef> refs = new ArrayList<>();
        for (Framework framework : frameworks.all()) {
            frameworks.requirements(framework.id()).stream()
                    .filter(r -> r.checks().stream().anyMatch(check -> keys.of(check).equals(controlKey)))
                    .forEach(r -> refs.add(new RequirementRef(framework.id(), framework.name(), r.id())));
        }
        return refs;
    }

    /** The control keys of a framework's checks: a findings list limited to the framework. */
    @Transactional(readOnly = true)
    public Set<String> controlKeys(UUID frameworkId) {
        ControlMappings.Keys keys = mappings.keys();
        Set<String> result = new LinkedHashSet<>();
        frameworks.requirements(frameworkId).forEach(r -> r.checks().forEach(check -> result.add(keys.of(check))));
        return result;
    }
}
