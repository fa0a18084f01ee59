package dev.skyway.portal.cost.internal.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

import dev.skyway.portal.cost.CostImport;
import dev.skyway.portal.cost.internal.CostImportRows;
import dev.skyway.portal.cost.internal.CostImporter;
import dev.skyway.portal.cost.internal.aws.ExportDeliveries;
import dev.skyway.portal.cost.internal.aws.ExportDelivery;
import dev.skyway.portal.cost.internal.engine.FileFormat;
import dev.skyway.portal.cost.internal.engine.ImportSource;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * AWS Data Exports in S3: for each billing period, the newest delivery (its manifest) that was not imported yet is
 * downloaded and imported as one, replacing the period. A delivery is known by its manifest key and ETag, so a
 * restatement (a new manifest for a closed month) is imported again and an unchanged one is not downloaded.
 */
class ExportsSource implements CostSource {

    private final ExportDeliveries deliveries;
    private final CostImporter importer;
    private final CostImportRows imports;
    private final Path incoming;
    private final String bucket;

    ExportsSource(ExportDeliveries deliveries, CostImporter importer, CostImportRows imports, Path dataDirectory,
                  String bucket) {
        this.deliveries = deliveries;
        this.importer = importer;
        this.imports = imports;
        this.incoming = dataDirectory.resolve("incoming");
        this.bucket = bucket;
    }

    @Override
    public String name() {
        return "aws:s3";
    }

    @Override
    public Pulled pull() {
        int periods = 0;
        int unchanged = 0;
        for (ExportDelivery d : deliveries.latestDeliveries()) {
            String label = "s3://" + bucket + "/" + d.manifestKey() + "@" + d.eTag();
            if (imports.completedWithName(label)) {
                unchanged++;
                continue;
            }
            List<Path> files = deliveries.download(d, directory());
            if (files.isEmpty()) {
                continue;
            }
            CostImporter.Started started = importer.start(files, FileFormat.fromFileName(files.getFirst()
                    .getFileName().toString()), label, ImportSource.S3_EXPORT, PortalUser.SYSTEM.username());
            CostImport done = await(started);
            if (CostImport.FAILED.equals(done.status())) {
                throw new IllegalStateException("Importing " + label + " failed: " + done.error());
            }
            periods++;
        }
        return new Pulled(periods, periods + " billing period" + (periods == 1 ? "" : "s") + " imported, "
                + unchanged + " unchanged");
    }

    private Path directory() {
        try {
            return Files.createTempDirectory(Files.createDirectories(incoming), "s3-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CostImport await(CostImporter.Started started) {
        if (started.done() != null) {
            try {
                started.done().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return imports.find(started.costImport().id()).orElse(started.costImport());
    }
}
