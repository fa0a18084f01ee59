package dev.skyway.portal.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

import dev.skyway.portal.platform.audit.internal.AuditHashing.StoredFields;
import dev.skyway.testsupport.Databases;

/**
 * V18 keeps a ledger's existing entries as they are (no key id, no HMAC) and records that keyed entries start after
 * them, on H2 and on PostgreSQL.
 */
class AuditKeysMigrationTests {

    @Test
    void v18KeepsExistingEntriesAsLegacyOnH2() {
        marksExistingEntriesLegacy(Databases::h2);
    }

    @Test
    void v18KeepsExistingEntriesAsLegacyOnPostgres() {
        marksExistingEntriesLegacy(Databases::postgres);
    }

    private static void marksExistingEntriesLegacy(Consumer<DynamicPropertyRegistry> database) {
        Map<String, String> properties = new HashMap<>();
        database.accept((name, value) -> properties.put(name, String.valueOf(value.get())));
        DriverManagerDataSource dataSource = new DriverManagerDataSource(properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"), properties.get("spring.datasource.password"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, "11").migrate();
        String prev = AuditHashing.GENESIS_HASH;
        for (long seq = 1; seq <= 2; seq++) {
            StoredFields fields = new StoredFields("main", seq, Instant.parse("2026-01-01T00:00:00Z"), "local", "sam",
                    null, "thing.changed", "thing", "t", "{}", null, null);
            String hash = AuditHashing.hash(prev, fields);
            jdbc.update("insert into platform.audit_entry (chain, seq, occurred_at, actor_issuer, actor_subject, "
                    + "action, target_type, target_id, details, prev_hash, hash) values ('main', ?, "
                    + "timestamp with time zone '2026-01-01 00:00:00+00', 'local', 'sam', 'thing.changed', 'thing', "
                    + "'t', '{}', ?, ?)", seq, prev, hash);
            jdbc.update("update platform.audit_chain_head set last_seq = ?, last_hash = ?", seq, hash);
            prev = hash;
        }

        flyway(dataSource, "18").migrate();

        assertThat(jdbc.queryForObject("select keyed_from_seq from platform.audit_chain_head where chain = 'main'",
                Long.class)).isEqualTo(3L);
        assertThat(jdbc.queryForObject("select count(*) from platform.audit_entry where key_id is null "
                + "and mac is null", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from platform.audit_anchor", Integer.class)).isZero();
    }

    private static Flyway flyway(DriverManagerDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }
}
