package dev.skyway.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the benchmark's FOCUS month as Parquet for bench/scale.sh: arguments row count and Parquet path. */
public final class FocusFileMain {

    private FocusFileMain() {
    }

    public static void main(String[] args) throws Exception {
        Path parquet = Path.of(args[1]);
        Path csv = parquet.resolveSibling("focus-scale.csv");
        FocusFiles.write(Long.parseLong(args[0]), csv, parquet);
        Files.deleteIfExists(csv);
    }
}
