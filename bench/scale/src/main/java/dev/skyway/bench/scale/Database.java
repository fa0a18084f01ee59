package dev.skyway.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL for the whole run, on a fixed port, with a database {@code skyway} that the portal
 * replicas share. Runs until killed (scale.sh stops it at the end); prints {@code READY} once it accepts
 * connections. Settings are a small production server's, scaled to the 2-core machine. With a third argument
 * {@code keep} the data directory outlives the run, and a directory kept before is started as it is (scale.sh's
 * {@code KEEP_DB} and {@code REUSE_DB}: the seeding of a large organization takes a quarter of an hour).
 */
public final class Database {

    private Database() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        boolean keep = args.length > 2 && "keep".equals(args[2]);
        boolean existing = Files.exists(data.resolve("PG_VERSION"));
        Files.createDirectories(data);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        String slowMs = System.getenv("SLOW_SQL_MS");
        if (slowMs != null && !slowMs.isBlank()) {
            // statements slower than this go to slow-sql.log beside the data directory, with their times
            builder.setServerConfig("log_min_duration_statement", slowMs).setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", data.toAbsolutePath().getParent().toString())
                    .setServerConfig("log_filename", "slow-sql.log");
        }
        EmbeddedPostgres postgres = builder.setPort(port).setDataDirectory(data)
                .setCleanDataDirectory(!keep)
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                .start();
        if (!(keep && existing)) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database skyway");
            }
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("could not stop PostgreSQL: " + e);
            }
            stop.countDown();
        }));
        System.out.println("READY jdbc:postgresql://localhost:" + port + "/skyway");
        System.out.flush();
        stop.await();
    }
}
