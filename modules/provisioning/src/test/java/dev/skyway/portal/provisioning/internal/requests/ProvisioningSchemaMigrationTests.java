package dev.skyway.portal.provisioning.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.skyway.testsupport.Databases;

/**
 * V19 moves the product requests and the sandbox's provisioning records from the catalog schema into the
 * provisioning module's own, on H2 and PostgreSQL: every row and column arrives, the cascades still hold, and the
 * catalog schema keeps only the catalog's tables.
 */
class ProvisioningSchemaMigrationTests {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) Databases::h2DataSource),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::postgresDataSource));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void requestsAndRecordsMoveWithEveryColumn(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        migrate(dataSource, "18");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        UUID resource = UUID.randomUUID();
        UUID update = UUID.randomUUID();
        request(jdbc, resource, "CREATE", null, "PROVISIONED", "tok-1");
        request(jdbc, update, "UPDATE", resource, "CHANGES_REQUESTED", "tok-2");
        jdbc.update("update catalog.product_request set product_status = 'TAINTED', product_status_message = 'drift',"
                + " attempt = 2, throttled = 1, status_reason = ? where id = ?", "r".repeat(3000), resource);
        jdbc.update("insert into catalog.request_parameter values (?, 0, 'BucketNameSuffix', 'logs', false, null)",
                resource);
        jdbc.update("insert into catalog.request_parameter values (?, 1, 'Password', null, true, 'v2:secret')",
                resource);
        jdbc.update("insert into catalog.request_output values (?, 0, 'BucketArn', 'arn:aws:s3:::logs')", resource);
        jdbc.update("insert into catalog.request_tag values (?, 0, 'cost-center', 'CC-1001')", resource);
        jdbc.update("insert into catalog.request_resubmission values (?, 2, ?, 'Erin', 'smaller')", update, AT);
        jdbc.update("insert into catalog.sandbox_provisioning_record (id, provision_token, product_id, account_id,"
                + " provisioned_name, status, started_at, kind, provisioned_product_id, product_status)"
                + " values ('rec-1', 'tok-1', 'prod-1', '123456789012', 'logs', 'SUCCEEDED', ?, 'PROVISION', 'pp-1',"
                + " 'TAINTED')", AT);
        jdbc.update("insert into catalog.sandbox_record_output values ('rec-1', 0, 'BucketArn', 'arn:aws:s3:::logs')");
        jdbc.update("insert into catalog.sandbox_record_tag values ('rec-1', 0, 'cost-center', 'CC-1001')");

        migrate(dataSource, "19");

        assertThat(jdbc.queryForList("select action || ':' || status || ':' || coalesce(cast(resource_id as varchar(36)),"
                + " '-') from provisioning.product_request order by action", String.class))
                .containsExactly("CREATE:PROVISIONED:-", "UPDATE:CHANGES_REQUESTED:" + resource);
        assertThat(jdbc.queryForObject("select product_status || ' ' || product_status_message || ' ' || attempt"
                + " || ' ' || throttled || ' ' || length(status_reason) from provisioning.product_request where id = ?",
                String.class, resource)).isEqualTo("TAINTED drift 2 1 3000");
        assertThat(jdbc.queryForList("select param_key || '=' || coalesce(param_value, secret_value)"
                + " from provisioning.request_parameter order by position", String.class))
                .containsExactly("BucketNameSuffix=logs", "Password=v2:secret");
        assertThat(count(jdbc, "provisioning.request_output")).isOne();
        assertThat(count(jdbc, "provisioning.request_tag")).isOne();
        assertThat(jdbc.queryForObject("select note from provisioning.request_resubmission", String.class))
                .isEqualTo("smaller");
        assertThat(jdbc.queryForObject("select kind || ' ' || provisioned_product_id || ' ' || product_status"
                + " from provisioning.sandbox_provisioning_record", String.class)).isEqualTo("PROVISION pp-1 TAINTED");
        assertThat(count(jdbc, "provisioning.sandbox_record_output")).isOne();
        assertThat(count(jdbc, "provisioning.sandbox_record_tag")).isOne();
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'catalog'",
                String.class)).doesNotContain("product_request", "request_parameter", "request_output", "request_tag",
                "request_resubmission", "sandbox_provisioning_record", "sandbox_record_output", "sandbox_record_tag")
                .contains("product", "cost_model");

        jdbc.update("delete from provisioning.product_request where id = ?", resource);
        assertThat(count(jdbc, "provisioning.request_parameter")).as("parameters go with their request").isZero();
        jdbc.update("delete from provisioning.sandbox_provisioning_record");
        assertThat(count(jdbc, "provisioning.sandbox_record_tag")).as("tags go with their record").isZero();
    }

    private static void request(JdbcTemplate jdbc, UUID id, String action, UUID resource, String status,
                                String token) {
        jdbc.update("insert into catalog.product_request (id, product_id, product_name, version_id, version_name,"
                + " environment, account_id, justification, requester, requester_name, requester_issuer,"
                + " requester_subject, status, subject_hash, provision_token, provisioned_name, created_at, updated_at,"
                + " action, resource_id) values (?, 'prod-1', 'S3 bucket', 'pa-1', '1.0', 'dev', '123456789012',"
                + " 'logs', 'erin', 'Erin', 'local', 'erin', ?, 'h', ?, 'logs', ?, ?, ?, ?)",
                id, status, token, AT, AT, action, resource);
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load()
                .migrate();
    }
}
