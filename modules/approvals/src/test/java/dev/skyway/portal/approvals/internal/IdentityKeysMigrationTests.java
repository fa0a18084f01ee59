package dev.skyway.portal.approvals.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
 * V12 turns the usernames old approval rows stored into identity keys, on H2 and PostgreSQL: demo users become
 * {@code local#<username>}; another username becomes the one (issuer, subject) the audit ledger saw logging in
 * under it; an ambiguous or untraceable one gets a legacy key no login ever has.
 */
class IdentityKeysMigrationTests {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) Databases::h2DataSource),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::postgresDataSource));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oldUsernamesBecomeIdentityKeys(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        migrate(dataSource, "11");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        login(jdbc, 1, "https://idp.example.com", "c-1", "carol");
        login(jdbc, 2, "https://idp.example.com", "c-1", "carol");
        login(jdbc, 3, "https://idp.example.com", "d-1", "dave");
        login(jdbc, 4, "https://other.example.com", "d-2", "dave");
        UUID process = UUID.randomUUID();
        UUID stage = UUID.randomUUID();
        jdbc.update("insert into approvals.process (id, subject_type, subject_id, title, subject_hash, action, display,"
                + " requester_issuer, requester_subject, requester_username, requester_name, policy_version,"
                + " rule_name, status, revision, created_at, updated_at) values (?, 'product-request', 'pr-1', 't',"
                + " 'h', 'CREATE', '{}', 'local', 'engineer', 'engineer', 'Erin', 1, 'r', 'PENDING', 1,"
                + " current_timestamp, current_timestamp)", process);
        jdbc.update("insert into approvals.stage (id, process_id, revision, position, name, mode, required_approvals,"
                + " status, held, sla, escalate_to_role) values (?, ?, 1, 0, 's', 'ANY', 1, 'OPEN', false, 'PT24H',"
                + " 'PLATFORM_ADMIN')", stage, process);
        for (String[] approver : new String[][] {{"USER", "approver"}, {"USER", "carol"}, {"USER", "dave"},
                {"ROLE", "APPROVER"}}) {
            jdbc.update("insert into approvals.stage_approver (stage_id, kind, approver, escalation)"
                    + " values (?, ?, ?, false)", stage, approver[0], approver[1]);
        }
        jdbc.update("insert into approvals.decision (id, process_id, stage_id, revision, outcome, actor_username,"
                + " actor_name, on_behalf_of, subject_hash, decided_at) values (?, ?, ?, 1, 'APPROVED', 'carol',"
                + " 'Carol', 'approver', 'h', current_timestamp)", UUID.randomUUID(), process, stage);
        delegation(jdbc, "approver", "carol");
        delegation(jdbc, "dave", "eve");

        migrate(dataSource, "12");

        assertThat(jdbc.queryForList("select actor_key || ' for ' || on_behalf_of_key from approvals.decision",
                String.class)).containsExactly("https://idp.example.com#c-1 for local#approver");
        assertThat(jdbc.queryForList("select delegator_key || ' -> ' || delegate_key from approvals.delegation"
                + " order by delegator_username", String.class))
                .containsExactly("local#approver -> https://idp.example.com#c-1",
                        "urn:skyway:legacy#dave -> urn:skyway:legacy#eve");
        assertThat(jdbc.queryForList("select kind || ':' || approver from approvals.stage_approver", String.class))
                .containsExactlyInAnyOrder("USER:local#approver", "USER:https://idp.example.com#c-1",
                        "USER:urn:skyway:legacy#dave", "ROLE:APPROVER");
        assertThat(jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = 'approvals' and table_name = 'delegation'", String.class))
                .as("the delegator's roles are no longer copied").doesNotContain("delegator_roles");
    }

    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load()
                .migrate();
    }

    private static void login(JdbcTemplate jdbc, int seq, String issuer, String subject, String username) {
        jdbc.update("insert into platform.audit_entry (chain, seq, occurred_at, actor_issuer, actor_subject,"
                + " actor_name, action, target_type, target_id, details, prev_hash, hash) values ('test', ?,"
                + " current_timestamp, ?, ?, ?, 'auth.login-succeeded', 'user', ?, '{}', 'p', 'h')", seq, issuer,
                subject, username, username);
    }

    private static void delegation(JdbcTemplate jdbc, String delegator, String delegate) {
        jdbc.update("insert into approvals.delegation (id, delegator_username, delegator_name, delegator_roles,"
                + " delegate_username, starts_at, ends_at, created_at) values (?, ?, ?, 'APPROVER', ?,"
                + " current_timestamp, current_timestamp, current_timestamp)", UUID.randomUUID(), delegator,
                delegator, delegate);
    }
}
