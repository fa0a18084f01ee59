package dev.skyway.portal.cost.internal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens in-process DuckDB sessions bounded by configuration: each import or drill-down gets its own in-memory
 * database with a memory limit, a thread count and a spill directory under the data directory, so a large file
 * spills to disk instead of growing the portal's memory.
 */
public final class DuckDb {

    private final String memoryLimit;
    private final int threads;
    private final Path tempDirectory;

    public DuckDb(String memoryLimit, int threads, Path tempDirectory) {
        if (!memoryLimit.matches("\\d+(\\.\\d+)?\\s*[KMGT]i?B")) {
            throw new IllegalArgumentException("portal.cost.duckdb.memory-limit must look like 512MB or 2GB");
        }
        this.memoryLimit = memoryLimit;
        this.threads = threads;
        this.tempDirectory = tempDirectory;
    }

    /**
     * A new session; the caller closes it. Times are UTC, whatever the host's zone. Each session spills into a
     * directory of its own, removed when it closes: DuckDB instances sharing one delete each other's spill files.
     */
    public Connection open() {
        try {
            Path spill = Files.createDirectories(tempDirectory).resolve("session-" + java.util.UUID.randomUUID());
            Connection connection = closingRemoves(DriverManager.getConnection("jdbc:duckdb:"), spill);
            try (Statement s = connection.createStatement()) {
                s.execute("SET memory_limit = '" + memoryLimit + "'");
                s.execute("SET threads = " + threads);
                s.execute("SET temp_directory = '" + quote(spill.toAbsolutePath().toString()) + "'");
                s.execute("SET TimeZone = 'UTC'");
                s.execute("SET preserve_insertion_order = false");
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB could not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Connection closingRemoves(Connection connection, Path spill) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(DuckDb.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if ("close".equals(method.getName())) {
                            org.springframework.util.FileSystemUtils.deleteRecursively(spill);
                        }
                    }
                });
    }

    /** A value inside single quotes in DuckDB SQL (paths and literals DuckDB cannot take as parameters). */
    public static String quote(String value) {
        return value.replace("'", "''");
    }

    /** A column name inside double quotes. */
    public static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
