package dev.skyway.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU seconds spent by the portal's process (DuckDB's threads included) and by PostgreSQL's processes: on a machine
 * shared with other work, a steadier measure of what an import costs than its wall time.
 */
record CpuTime(double portal, double postgres) {

    private static final double TICKS_PER_SECOND = 100.0;

    /** @param postgresPort the port of the PostgreSQL server whose processes are counted (not other servers') */
    static CpuTime now(int postgresPort) {
        return new CpuTime(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9, postgresSeconds(postgresPort));
    }

    CpuTime since(CpuTime start) {
        return new CpuTime(portal - start.portal, postgres - start.postgres);
    }

    String text() {
        return String.format(java.util.Locale.ROOT, "CPU %.1f s portal + %.1f s PostgreSQL", portal, postgres);
    }

    /**
     * utime + stime of the server's postmaster (found by its {@code -p port} argument), of its live processes and of
     * those that ended (the postmaster's children times), from /proc.
     */
    private static double postgresSeconds(int port) {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            List<Path> all = processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
            String postmaster = null;
            for (Path p : all) {
                String args = read(p.resolve("cmdline")).replace('\0', ' ');
                if (args.contains("/postgres ") && args.contains(" -p " + port + " ")) {
                    postmaster = p.getFileName().toString();
                    ticks += times(p, 11, 14);
                }
            }
            for (Path p : all) {
                String[] stat = stat(p);
                if (postmaster != null && stat.length > 14 && stat[1].equals(postmaster)) {
                    ticks += times(p, 11, 12);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** The sum of /proc/pid/stat's fields {@code from..to}, counted after the command name. */
    private static long times(Path process, int from, int to) {
        String[] stat = stat(process);
        long sum = 0;
        for (int field = from; field <= to && field < stat.length; field++) {
            sum += Long.parseLong(stat[field]);
        }
        return sum;
    }

    /** /proc/pid/stat after the command name: state, ppid, ... (empty when the process has ended). */
    private static String[] stat(Path process) {
        String stat = read(process.resolve("stat"));
        return stat.isEmpty() ? new String[0] : stat.replaceAll("^.*\\) ", "").split(" ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
