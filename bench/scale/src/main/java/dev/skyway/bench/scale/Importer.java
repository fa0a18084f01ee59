package dev.skyway.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports a generated file through the portal's own import endpoint and waits until the import finished: the cost
 * module's FOCUS Parquet (as finance) or the compliance module's Prowler CSV (as security). Records the time in
 * {@code seed.tsv}.
 */
public final class Importer {

    private Importer() {
    }

    /** Arguments: portal base URL, {@code cost} or {@code findings}, the file, work folder, row count. */
    public static void main(String[] args) throws Exception {
        Portal portal = new Portal(args[0]);
        boolean cost = args[1].equals("cost");
        Path file = Path.of(args[2]);
        long rows = Long.parseLong(args[4]);
        String base = cost ? "/api/v1/cost/imports" : "/api/v1/compliance/imports";
        String user = cost ? "finance" : "security";
        long t = System.nanoTime();
        String started = portal.upload(user, base + "?name=" + file.getFileName(), file,
                cost ? "application/vnd.apache.parquet" : "text/csv");
        String id = Portal.field(started, "id");
        String status = Portal.field(started, "status");
        while (status.equals("RUNNING") || status.equals("PENDING") || status.equals("QUEUED")) {
            Thread.sleep(2000);
            status = Portal.field(portal.get(user, base + "/" + id), "status");
        }
        if (status.equals("FAILED")) {
            throw new IllegalStateException("import " + id + " failed: " + portal.get(user, base + "/" + id));
        }
        Seeder.record(Path.of(args[3]), cost ? "cost line items (FOCUS Parquet, " + (Files.size(file) >> 20)
                + " MB, imported through POST " + base + ")" : "compliance findings (Prowler CSV, "
                + (Files.size(file) >> 20) + " MB, imported through POST " + base + ")", rows, t);
    }
}
