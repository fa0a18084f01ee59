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
 * connections. Settings are a small production server's, scaled to the 2-core machine.
 */
public final class Database {

    private Database() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database skyway");
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
