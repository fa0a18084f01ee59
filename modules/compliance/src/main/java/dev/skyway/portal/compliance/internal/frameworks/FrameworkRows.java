package dev.skyway.portal.compliance.internal.frameworks;

import static dev.skyway.schema.compliance.Tables.FRAMEWORK;
import static dev.skyway.schema.compliance.Tables.REQUIREMENT;
import static dev.skyway.schema.compliance.Tables.REQUIREMENT_CHECK;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.FrameworkUpload;
import dev.skyway.schema.compliance.tables.records.FrameworkRecord;

/** The frameworks table with its requirements and their checks. */
@Repository
public class FrameworkRows {

    private final DSLContext db;
    private final Clock clock;

    FrameworkRows(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A requirement and the checks that test it, in the file's order. */
    public record RequirementChecks(String id, String assessment, List<String> checks) {
    }

    /**
     * Stores a framework; one with the same framework, version and provider has its requirements replaced (same id).
     */
    @Transactional
    public FrameworkUpload save(ParsedFramework parsed, String origin, String uploadedBy) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        String merged = String.join(",", parsed.merged().stream().map(ParsedFramework.Merged::id).toList());
        Optional<UUID> existing = db.select(FRAMEWORK.ID).from(FRAMEWORK)
                .where(FRAMEWORK.FRAMEWORK_.eq(parsed.framework()).and(FRAMEWORK.VERSION.eq(parsed.version()))
                        .and(FRAMEWORK.PROVIDER.eq(parsed.provider()))).fetchOptional(FRAMEWORK.ID);
        UUID id = existing.orElseGet(UUID::randomUUID);
        if (existing.isPresent()) {
            db.deleteFrom(REQUIREMENT).where(REQUIREMENT.FRAMEWORK_ID.eq(id)).execute();
            db.update(FRAMEWORK).set(FRAMEWORK.NAME, parsed.name()).set(FRAMEWORK.DESCRIPTION, parsed.description())
                    .set(FRAMEWORK.ORIGIN, origin).set(FRAMEWORK.REQUIREMENT_COUNT, parsed.requirements().size())
                    .set(FRAMEWORK.MERGED, merged.isEmpty() ? null : merged).set(FRAMEWORK.UPLOADED_BY, uploadedBy)
                    .set(FRAMEWORK.UPDATED_AT, now).where(FRAMEWORK.ID.eq(id)).execute();
        } else {
            db.insertInto(FRAMEWORK).set(FRAMEWORK.ID, id).set(FRAMEWORK.FRAMEWORK_, parsed.framework())
                    .set(FRAMEWORK.NAME, parsed.name()).set(FRAMEWORK.VERSION, parsed.version())
                    .set(FRAMEWORK.PROVIDER, parsed.provider()).set(FRAMEWORK.DESCRIPTION, parsed.description())
                    .set(FRAMEWORK.ORIGIN, origin).set(FRAMEWORK.REQUIREMENT_COUNT, parsed.requirements().size())
                    .set(FRAMEWORK.MERGED, merged.isEmpty() ? null : merged).set(FRAMEWORK.UPLOADED_BY, uploadedBy)
                    .set(FRAMEWORK.UPLOADED_AT, now).set(FRAMEWORK.UPDATED_AT, now).execute();
        }
        insertRequirements(id, parsed.requirements());
        return new FrameworkUpload(find(id).orElseThrow(), existing.isEmpty());
    }

    private void insertRequirements(UUID id, List<ParsedFramework.Requirement> requirements) {
        var requirementRows = db.insertInto(REQUIREMENT, REQUIREMENT.FRAMEWORK_ID, REQUIREMENT.REQUIREMENT_ID,
                REQUIREMENT.POSITION, REQUIREMENT.NAME, REQUIREMENT.DESCRIPTION, REQUIREMENT.SECTION,
                REQUIREMENT.ASSESSMENT, REQUIREMENT.ATTRIBUTES);
        var checkRows = db.insertInto(REQUIREMENT_CHECK, REQUIREMENT_CHECK.FRAMEWORK_ID,
                REQUIREMENT_CHECK.REQUIREMENT_ID, REQUIREMENT_CHECK.CHECK_ID);
        boolean anyCheck = false;
        for (int i = 0; i < requirements.size(); i++) {
            ParsedFramework.Requirement r = requirements.get(i);
            requirementRows = requirementRows.values(id, r.id(), i, r.name(), r.description(), r.section(),
                    r.assessment(), r.attributes());
            for (String check : r.checks()) {
                checkRows = checkRows.values(id, r.id(), check);
                anyCheck = true;
            }
        }
        requirementRows.execute();
        if (anyCheck) {
            checkRows.execute();
        }
    }

    @Transactional(readOnly = true)
    public List<Framework> all() {
        return db.selectFrom(FRAMEWORK).orderBy(FRAMEWORK.NAME, FRAMEWORK.VERSION).fetch(FrameworkRows::framework);
    }

    @Transactional(readOnly = true)
    public Optional<Framework> find(UUID id) {
        return db.selectFrom(FRAMEWORK).where(FRAMEWORK.ID.eq(id)).fetchOptional(FrameworkRows::framework);
    }

    /** Whether the framework, version and provider is stored (the shipped ones are loaded only when missing). */
    @Transactional(readOnly = true)
    public boolean exists(String framework, String version, String provider) {
        return db.fetchExists(FRAMEWORK, FRAMEWORK.FRAMEWORK_.eq(framework).and(FRAMEWORK.VERSION.eq(version))
                .and(FRAMEWORK.PROVIDER.eq(provider)));
    }

    /** The framework's requirements in the file's order, each with its checks. */
    @Transactional(readOnly = true)
    public List<RequirementChecks> requirements(UUID frameworkId) {
        Map<String, List<String>> checks = new LinkedHashMap<>();
        db.select(REQUIREMENT_CHECK.REQUIREMENT_ID, REQUIREMENT_CHECK.CHECK_ID).from(REQUIREMENT_CHECK)
                .where(REQUIREMENT_CHECK.FRAMEWORK_ID.eq(frameworkId))
                .orderBy(REQUIREMENT_CHECK.REQUIREMENT_ID, REQUIREMENT_CHECK.CHECK_ID)
                .forEach(r -> checks.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return db.select(REQUIREMENT.REQUIREMENT_ID, REQUIREMENT.ASSESSMENT).from(REQUIREMENT)
                .where(REQUIREMENT.FRAMEWORK_ID.eq(frameworkId)).orderBy(REQUIREMENT.POSITION)
                .fetch(r -> new RequirementChecks(r.value1(), r.value2(),
                        List.copyOf(checks.getOrDefault(r.value1(), List.of()))));
    }

    private static Framework framework(Record r) {
        FrameworkRecord f = r.into(FRAMEWORK);
        String merged = f.getMerged();
        return new Framework(f.getId(), f.getFramework(), f.getName(), f.getVersion(), f.getProvider(),
                f.getDescription(), f.getOrigin(), f.getRequirementCount(),
                merged == null || merged.isBlank() ? List.of() : Arrays.asList(merged.split(",")));
    }
}
