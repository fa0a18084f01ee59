package dev.skyway.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark's Prowler CSV for bench/scale.sh: arguments row count, a file of account ids (one a line,
 * the seeded inventory) and the CSV path.
 */
public final class FindingsFileMain {

    private FindingsFileMain() {
    }

    public static void main(String[] args) throws Exception {
        FindingsFile.write(Long.parseLong(args[0]), Files.readAllLines(Path.of(args[1])), FindingsFile.checks(),
                Path.of(args[2]));
    }
}
