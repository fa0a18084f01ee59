package dev.skyway.portal.cost.internal.engine;

/** How a FOCUS file is encoded. */
public enum FileFormat {
    CSV, CSV_GZIP, PARQUET;

    /** From a file name as Data Exports writes them ({@code .csv.gz}, {@code .snappy.parquet}, {@code .csv}). */
    public static FileFormat fromFileName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".parquet")) {
            return PARQUET;
        }
        if (n.endsWith(".gz") || n.endsWith(".gzip")) {
            return CSV_GZIP;
        }
        return CSV;
    }
}
