package dev.skyway.portal.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.skyway.testsupport.Databases;

/**
 * V22 creates the incidents schema on H2 and PostgreSQL: the four severities are defined, incident numbers come from
 * a sequence, and an integration has at most one open alert per dedup key while resolved alerts of that key may pile up.
 */
class IncidentsSchemaMigrationTests {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) Databases::h2DataSource),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::postgresDataSource));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSchemaHoldsOneOpenAlertPerKeyAndTheSeverities(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(jdbc.queryForList("select severity from incidents.severity_definition where freezes_changes"
                + " order by severity", String.class)).containsExactly("SEV1", "SEV2");
        UUID integration = UUID.randomUUID();
        jdbc.update("insert into incidents.integration (id, type, name, secret_sha256, created_by_key,"
                + " created_by_name, created_at) values (?, 'EVENTS', 'events', 'ab', 'local#admin', 'Admin',"
                + " current_timestamp)", integration);
        alert(jdbc, integration, "cpu", null);
        alert(jdbc, integration, "cpu", null);
        alert(jdbc, integration, "cpu", "cpu");
        assertThatThrownBy(() -> alert(jdbc, integration, "cpu", "cpu")).isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.queryForObject("select count(*) from incidents.alert", Integer.class)).isEqualTo(3);
    }

    private static void alert(JdbcTemplate jdbc, UUID integration, String key, String openKey) {
        jdbc.update("insert into incidents.alert (id, integration_id, dedup_key, open_key, kind, status, severity,"
                + " summary, first_seen_at, last_seen_at) values (?, ?, ?, ?, 'EVENT', 'TRIGGERED', 'ERROR', 's',"
                + " current_timestamp, current_timestamp)", UUID.randomUUID(), integration, key, openKey);
    }
}
