package dev.skyway.bench.scale;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * From Linux's /proc: CPU time in clock ticks (100 a second), a process's user and system time and the machine's busy
 * time, and the machine's major page faults.
 */
final class CpuTicks {

    private static final long TICKS_PER_SECOND = 100;

    private CpuTicks() {
    }

    /** The process's user + system ticks; 0 without a process id or where /proc cannot be read. */
    static long process(@Nullable String pid) {
        if (pid == null) {
            return 0;
        }
        String stat = read(Path.of("/proc", pid, "stat"));
        if (stat.isEmpty()) {
            return 0;
        }
        // the command name (field 2) may hold spaces: count the fields after its closing parenthesis
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * User + system ticks of every running process, summed by who it is: {@code browser} (Chromium's processes),
     * {@code postgres} (the database's processes), {@code portal} (the given process id) and {@code other} (the rest:
     * this benchmark's JVM, Playwright's driver, the kernel's threads). A process that ended since the last call is
     * not counted.
     */
    static Map<String, Long> byOwner(@Nullable String portalPid) {
        Map<String, Long> ticks = new TreeMap<>(Map.of("browser", 0L, "postgres", 0L, "portal", 0L, "other", 0L));
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"),
                entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path process : processes) {
                String stat = read(process.resolve("stat"));
                if (stat.isEmpty()) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                String owner = process.getFileName().toString().equals(portalPid) ? "portal"
                        : name.startsWith("chrom") ? "browser"
                        : name.startsWith("postgres") ? "postgres" : "other";
                ticks.merge(owner, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
            }
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    /** Every core's busy ticks (all but idle and I/O wait), from the first line of /proc/stat. */
    static long machine() {
        String stat = read(Path.of("/proc/stat"));
        if (stat.isEmpty()) {
            return 0;
        }
        String[] fields = stat.lines().findFirst().orElse("").trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy;
    }

    /** Major page faults (a page read from disk) since boot, machine-wide, from /proc/vmstat. */
    static long majorFaults() {
        return read(Path.of("/proc/vmstat")).lines().filter(line -> line.startsWith("pgmajfault "))
                .mapToLong(line -> Long.parseLong(line.substring("pgmajfault ".length()).trim())).findFirst().orElse(0);
    }

    static long millis(long ticks) {
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
