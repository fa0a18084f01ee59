package dev.skyway.portal.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.skyway.testsupport.Databases;

/**
 * V21 creates the compliance schema on H2 and PostgreSQL alike: a finding with a long ARN, its history, a framework
 * with requirements and checks, a waiver, an attestation with a binary evidence file and a drift check all fit, the
 * finding key is unique, and children go with their parents.
 */
class ComplianceSchemaMigrationTests {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) Databases::h2DataSource),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::postgresDataSource));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyTableTakesWhatTheModuleWillStore(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("21").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        UUID finding = UUID.randomUUID();
        String arn = "arn:aws:s3:::" + "b".repeat(2000);
        insertFinding(jdbc, finding, "k".repeat(64), arn);
        assertThatThrownBy(() -> insertFinding(jdbc, UUID.randomUUID(), "k".repeat(64), arn))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("insert into compliance.finding_event (finding_id, account_id, control_key, kind, to_status,"
                + " occurred_at) values (?, '123456789012', 'S3.1', 'NEW', 'FAIL', ?)", finding, AT);

        UUID framework = UUID.randomUUID();
        jdbc.update("insert into compliance.framework (id, framework, name, version, provider, origin,"
                + " requirement_count, uploaded_by, uploaded_at, updated_at) values (?, 'CIS', 'CIS AWS', '3.0', 'AWS',"
                + " 'BUILTIN', 1, 'system', ?, ?)", framework, AT, AT);
        jdbc.update("insert into compliance.requirement (framework_id, requirement_id, position, assessment, attributes)"
                + " values (?, '1.10', 0, 'AUTOMATED', '[{\"Section\": \"1 IAM\"}]')", framework);
        jdbc.update("insert into compliance.requirement_check values (?, '1.10', 'iam_user_mfa_enabled_console_access')",
                framework);

        UUID attestation = UUID.randomUUID();
        jdbc.update("insert into compliance.attestation (id, framework_id, requirement_id, statement, valid_until,"
                + " status, attester, attester_name, attester_issuer, attester_subject, attested_at) values (?, ?,"
                + " '1.1', 'Contacts reviewed', date '2027-01-31', 'PENDING_APPROVAL', 'sam', 'Sam', 'local', 'sam', ?)",
                attestation, framework, AT);
        jdbc.update("insert into compliance.attestation_evidence values (?, 'contacts.pdf', 'application/pdf', 3, ?, ?)",
                attestation, "e".repeat(64), new byte[] {1, 2, 3});
        assertThat(jdbc.queryForObject("select content from compliance.attestation_evidence", byte[].class))
                .containsExactly(1, 2, 3);

        UUID waiver = UUID.randomUUID();
        jdbc.update("insert into compliance.waiver (id, account_id, control_id, control_key, reason, expires_on, status,"
                + " requester, requester_name, requester_issuer, requester_subject, requested_at) values (?,"
                + " '123456789012', 'S3.1', 'S3.1', 'public website', date '2027-01-31', 'PENDING_APPROVAL', 'erin',"
                + " 'Erin', 'local', 'erin', ?)", waiver, AT);
        jdbc.update("insert into compliance.waiver_mirror (waiver_id, finding_id, external_id, product_arn, updated_at)"
                + " values (?, ?, 'arn:aws:securityhub:eu-west-1:123456789012:finding/1', 'arn:aws:securityhub:"
                + "eu-west-1::product/aws/securityhub', ?)", waiver, finding, AT);

        UUID check = UUID.randomUUID();
        jdbc.update("insert into compliance.drift_check (id, stack_id, account_id, region, status, requested_by,"
                + " started_at) values (?, ?, '123456789012', 'eu-west-1', 'DETECTION_IN_PROGRESS', 'system', ?)",
                check, "arn:aws:cloudformation:eu-west-1:123456789012:stack/SC-1/abc", AT);
        jdbc.update("insert into compliance.resource_drift (check_id, logical_resource_id, resource_type, drift_status,"
                + " property_differences) values (?, 'Bucket', 'AWS::S3::Bucket', 'MODIFIED', '[]')", check);
        jdbc.update("insert into compliance.score_snapshot values (date '2026-05-01', 'controls', 'ORG', '', 7, 3, 0, 1,"
                + " 70, ?)", AT);
        jdbc.update("insert into compliance.sync_state (source, scope, cursor_value, updated_at) values"
                + " ('SECURITY_HUB', 'eu-west-1', '2026-05-01T09:00:00Z', ?)", AT);

        jdbc.update("delete from compliance.finding where id = ?", finding);
        assertThat(count(jdbc, "compliance.finding_event")).as("history goes with its finding").isZero();
        assertThat(count(jdbc, "compliance.waiver_mirror")).as("mirrors go with their finding").isZero();
        jdbc.update("delete from compliance.framework where id = ?", framework);
        assertThat(count(jdbc, "compliance.requirement_check")).as("checks go with their framework").isZero();
        assertThat(count(jdbc, "compliance.attestation_evidence")).as("evidence goes with its attestation").isZero();
        jdbc.update("delete from compliance.drift_check");
        assertThat(count(jdbc, "compliance.resource_drift")).isZero();
    }

    private static void insertFinding(JdbcTemplate jdbc, UUID id, String key, String resource) {
        jdbc.update("insert into compliance.finding (id, finding_key, source, account_id, region, resource_id,"
                + " control_id, control_key, title, severity, severity_rank, status, first_seen, last_seen,"
                + " updated_at) values (?, ?, 'PROWLER', '123456789012', 'eu-west-1', ?, 's3_bucket_public_access',"
                + " 'S3.1', 'Public bucket', 'HIGH', 4, 'FAIL', ?, ?, ?)", id, key, resource, AT, AT, AT);
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
