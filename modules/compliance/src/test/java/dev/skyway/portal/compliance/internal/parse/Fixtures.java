package dev.skyway.portal.compliance.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The findings fixtures under {@code src/test/resources/findings}, and files written for one test. */
final class Fixtures {

    static final String PAYMENTS = "382272806015";
    static final String CHECKOUT = "383317268332";

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/findings/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(Path dir, String content) {
        return file(dir, content, StandardCharsets.UTF_8, new byte[0]);
    }

    /** {@code content} in {@code charset}, after {@code prefix} (a byte order mark). */
    static Path file(Path dir, String content, Charset charset, byte[] prefix) {
        try {
            Path file = Files.createTempFile(dir, "findings-", ".txt");
            byte[] body = content.getBytes(charset);
            byte[] all = new byte[prefix.length + body.length];
            System.arraycopy(prefix, 0, all, 0, prefix.length);
            System.arraycopy(body, 0, all, prefix.length, body.length);
            Files.write(file, all);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file and keeps every finding. */
    static List<ParsedFinding> read(Path file, FindingsReader.Declared declared) {
        List<ParsedFinding> findings = new ArrayList<>();
        FindingsReader.read(file, declared, findings::add);
        return findings;
    }
}
