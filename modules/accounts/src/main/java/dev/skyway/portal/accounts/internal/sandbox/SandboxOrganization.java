package dev.skyway.portal.accounts.internal.sandbox;

import static dev.skyway.schema.accounts.Tables.SANDBOX_ACCOUNT;
import static dev.skyway.schema.accounts.Tables.SANDBOX_OU;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Member;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Unit;

/**
 * The simulated organization's state ({@code accounts.sandbox_*}): seeded once from {@link SandboxSeed}, then changed
 * only through this class, like an organization is changed only through its API.
 */
@Repository
public class SandboxOrganization {

    private final DSLContext db;

    SandboxOrganization(DSLContext db) {
        this.db = db;
    }

    /** Seeds the organization when it is empty. */
    @Transactional
    public void seedIfEmpty() {
        if (db.fetchExists(SANDBOX_OU)) {
            return;
        }
        for (Unit u : SandboxSeed.UNITS) {
            db.insertInto(SANDBOX_OU).set(SANDBOX_OU.ID, u.id()).set(SANDBOX_OU.NAME, u.name())
                    .set(SANDBOX_OU.PARENT_ID, u.parentId()).execute();
        }
        for (Member a : SandboxSeed.accounts()) {
            db.insertInto(SANDBOX_ACCOUNT).set(SANDBOX_ACCOUNT.ID, a.id()).set(SANDBOX_ACCOUNT.NAME, a.name())
                    .set(SANDBOX_ACCOUNT.EMAIL, a.email()).set(SANDBOX_ACCOUNT.STATUS, a.status())
                    .set(SANDBOX_ACCOUNT.PARENT_ID, a.parentId())
                    .set(SANDBOX_ACCOUNT.JOINED_AT, a.joinedAt().atOffset(ZoneOffset.UTC))
                    .set(SANDBOX_ACCOUNT.TAGS, a.tags().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("\n"))).execute();
        }
    }

    /** The root and the OUs, as stored. */
    public List<Unit> units() {
        return db.selectFrom(SANDBOX_OU).orderBy(SANDBOX_OU.ID).fetch(r -> new Unit(r.getId(), r.getName(),
                r.getParentId()));
    }

    public List<Member> accounts() {
        return db.selectFrom(SANDBOX_ACCOUNT).orderBy(SANDBOX_ACCOUNT.ID).fetch(r -> new Member(r.getId(),
                r.getName(), r.getEmail(), r.getStatus(), r.getParentId(), r.getJoinedAt().toInstant(),
                pairs(r.getTags())));
    }

    /** Adds a member account (what CreateAccount does once it succeeds). */
    @Transactional
    public void addAccount(Member a) {
        db.insertInto(SANDBOX_ACCOUNT).set(SANDBOX_ACCOUNT.ID, a.id()).set(SANDBOX_ACCOUNT.NAME, a.name())
                .set(SANDBOX_ACCOUNT.EMAIL, a.email()).set(SANDBOX_ACCOUNT.STATUS, a.status())
                .set(SANDBOX_ACCOUNT.PARENT_ID, a.parentId())
                .set(SANDBOX_ACCOUNT.JOINED_AT, a.joinedAt().atOffset(ZoneOffset.UTC))
                .set(SANDBOX_ACCOUNT.TAGS, lines(a.tags())).execute();
    }

    public int accountCount() {
        return db.fetchCount(SANDBOX_ACCOUNT);
    }

    public boolean hasAccount(String id) {
        return db.fetchExists(SANDBOX_ACCOUNT, SANDBOX_ACCOUNT.ID.eq(id));
    }

    public boolean emailInUse(String email) {
        return db.fetchExists(SANDBOX_ACCOUNT, org.jooq.impl.DSL.lower(SANDBOX_ACCOUNT.EMAIL).eq(email.toLowerCase()));
    }

    public java.util.Optional<Member> account(String id) {
        return db.selectFrom(SANDBOX_ACCOUNT).where(SANDBOX_ACCOUNT.ID.eq(id)).fetchOptional(r -> new Member(r.getId(),
                r.getName(), r.getEmail(), r.getStatus(), r.getParentId(), r.getJoinedAt().toInstant(),
                pairs(r.getTags())));
    }

    /** Sets the account's status and, when a {@code parentId} is given, moves it there. */
    @Transactional
    public void update(String id, String status, @Nullable String parentId) {
        var update = db.update(SANDBOX_ACCOUNT).set(SANDBOX_ACCOUNT.STATUS, status);
        if (parentId != null) {
            update = update.set(SANDBOX_ACCOUNT.PARENT_ID, parentId);
        }
        update.where(SANDBOX_ACCOUNT.ID.eq(id)).execute();
    }

    /** The id of the OU with this name (case-insensitive), if any. */
    public java.util.Optional<String> unitNamed(String name) {
        return db.select(SANDBOX_OU.ID).from(SANDBOX_OU).where(org.jooq.impl.DSL.lower(SANDBOX_OU.NAME)
                .eq(name.toLowerCase())).fetchOptional(SANDBOX_OU.ID);
    }

    public boolean hasUnit(String id) {
        return db.fetchExists(SANDBOX_OU, SANDBOX_OU.ID.eq(id));
    }

    static String lines(Map<String, String> tags) {
        return tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    static Map<String, String> pairs(String lines) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                result.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return result;
    }
}
