package dev.skyway.portal.provisioning.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

import dev.skyway.testsupport.Databases;

/**
 * V11 marks the resources no change ever failed on AVAILABLE and leaves the others (and what is not a resource)
 * unknown, on H2 and on PostgreSQL.
 */
class ResourceHealthMigrationTests {

    @Test
    void v11MarksResourcesWithoutAFailedChangeAvailableOnH2() {
        backfills(Databases::h2);
    }

    @Test
    void v11MarksResourcesWithoutAFailedChangeAvailableOnPostgres() {
        backfills(Databases::postgres);
    }

    private static void backfills(Consumer<DynamicPropertyRegistry> database) {
        Map<String, String> properties = new HashMap<>();
        database.accept((name, value) -> properties.put(name, String.valueOf(value.get())));
        DriverManagerDataSource dataSource = new DriverManagerDataSource(properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"), properties.get("spring.datasource.password"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, "10").migrate();
        UUID fine = request(jdbc, "CREATE", "PROVISIONED", null);
        UUID updated = request(jdbc, "CREATE", "PROVISIONED", null);
        request(jdbc, "UPDATE", "PROVISIONED", updated);
        UUID broken = request(jdbc, "CREATE", "PROVISIONED", null);
        request(jdbc, "UPDATE", "FAILED", broken);
        UUID terminating = request(jdbc, "CREATE", "TERMINATING", null);
        UUID failed = request(jdbc, "CREATE", "FAILED", null);
        UUID terminated = request(jdbc, "CREATE", "TERMINATED", null);

        flyway(dataSource, "11").migrate();

        assertThat(status(jdbc, fine)).isEqualTo("AVAILABLE");
        assertThat(status(jdbc, updated)).isEqualTo("AVAILABLE");
        assertThat(status(jdbc, terminating)).isEqualTo("AVAILABLE");
        assertThat(status(jdbc, broken)).as("a failed change may have broken it: not known").isNull();
        assertThat(status(jdbc, failed)).as("not a resource").isNull();
        assertThat(status(jdbc, terminated)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from catalog.product_request where action <> 'CREATE' "
                + "and product_status is not null", Integer.class)).isZero();
    }

    private static UUID request(JdbcTemplate jdbc, String action, String status, UUID resource) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into catalog.product_request (id, product_id, product_name, version_id, version_name, "
                + "environment, account_id, justification, requester, requester_name, requester_issuer, "
                + "requester_subject, status, subject_hash, provision_token, provisioned_name, created_at, "
                + "updated_at, action, resource_id) values (?, 'prod-1', 'Bucket', 'pa-1', 'v1', 'dev', "
                + "'123456789012', 'why', 'erin', 'Erin', 'local', 'erin', ?, 'hash', ?, 'b', "
                + "timestamp with time zone '2026-05-01 10:00:00+00', "
                + "timestamp with time zone '2026-05-01 10:00:00+00', ?, ?)", id, status, id.toString(), action,
                resource);
        return id;
    }

    private static String status(JdbcTemplate jdbc, UUID id) {
        return jdbc.queryForObject("select product_status from catalog.product_request where id = ?", String.class,
                id);
    }

    private static Flyway flyway(DriverManagerDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }
}
