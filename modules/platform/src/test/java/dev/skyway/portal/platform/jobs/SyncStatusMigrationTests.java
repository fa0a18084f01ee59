package dev.skyway.portal.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

import dev.skyway.testsupport.Databases;

/**
 * V9 moves the catalog's and the inventory's sync status rows into {@code platform.sync_status} (keyed "catalog" and
 * "accounts-inventory") and drops the old tables, on H2 and on PostgreSQL.
 */
class SyncStatusMigrationTests {

    @Test
    void v9CopiesTheStatusRowsOnH2() {
        migratesTheRows(Databases::h2);
    }

    @Test
    void v9CopiesTheStatusRowsOnPostgres() {
        migratesTheRows(Databases::postgres);
    }

    private static void migratesTheRows(Consumer<DynamicPropertyRegistry> database) {
        Map<String, String> properties = new HashMap<>();
        database.accept((name, value) -> properties.put(name, String.valueOf(value.get())));
        DriverManagerDataSource dataSource = new DriverManagerDataSource(properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"), properties.get("spring.datasource.password"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, "8").migrate();
        jdbc.update("update catalog.sync_status set state = 'FAILED', source = 'aws', "
                + "started_at = timestamp with time zone '2026-05-01 11:00:00+00', "
                + "finished_at = timestamp with time zone '2026-05-01 11:00:05+00', "
                + "succeeded_at = timestamp with time zone '2026-05-01 10:00:05+00', "
                + "message = 'Throttled', aws_request_id = 'req-9', products = 6 where id = 'catalog'");
        jdbc.update("update accounts.sync_status set state = 'SUCCEEDED', source = 'sandbox', "
                + "message = '42 accounts in 7 organizational units', accounts = 42 where id = 'accounts'");

        flyway(dataSource, "9").migrate();

        assertThat(jdbc.queryForMap("select state, source, message, aws_request_id, items, "
                + "succeeded_at < finished_at as kept from platform.sync_status where name = 'catalog'"))
                .containsEntry("state", "FAILED").containsEntry("source", "aws").containsEntry("message", "Throttled")
                .containsEntry("aws_request_id", "req-9").containsEntry("items", 6).containsEntry("kept", true);
        assertThat(jdbc.queryForMap("select state, message, items from platform.sync_status "
                + "where name = 'accounts-inventory'")).containsEntry("state", "SUCCEEDED")
                .containsEntry("message", "42 accounts in 7 organizational units").containsEntry("items", 42);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where table_name = 'sync_status' and table_schema in ('catalog', 'accounts')", Integer.class))
                .as("the old tables are gone").isZero();
    }

    private static Flyway flyway(DriverManagerDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }
}
