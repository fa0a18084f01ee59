package dev.skyway.portal.compliance.internal.frameworks;

import static dev.skyway.schema.compliance.Tables.REQUIREMENT;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.compliance.Requirement;

/** A framework's requirements with their names and descriptions, as the frameworks page shows them. */
@Repository
public class RequirementDetails {

    private final DSLContext db;
    private final FrameworkRows rows;

    RequirementDetails(DSLContext db, FrameworkRows rows) {
        this.db = db;
        this.rows = rows;
    }

    /** In the file's order. */
    @Transactional(readOnly = true)
    public List<Requirement> of(UUID frameworkId) {
        Map<String, List<String>> checks = rows.requirements(frameworkId).stream()
                .collect(Collectors.toMap(FrameworkRows.RequirementChecks::id,
                        FrameworkRows.RequirementChecks::checks, (a, b) -> a));
        return db.select(REQUIREMENT.REQUIREMENT_ID, REQUIREMENT.NAME, REQUIREMENT.DESCRIPTION, REQUIREMENT.SECTION,
                        REQUIREMENT.ASSESSMENT).from(REQUIREMENT).where(REQUIREMENT.FRAMEWORK_ID.eq(frameworkId))
                .orderBy(REQUIREMENT.POSITION)
                .fetch(r -> new Requirement(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        checks.getOrDefault(r.value1(), List.of())));
    }
}
