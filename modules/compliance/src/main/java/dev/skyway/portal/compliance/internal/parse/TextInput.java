package dev.skyway.portal.compliance.internal.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text file's encoding and first character: UTF-8 with or without a byte order mark, or UTF-16 with one (what
 * Windows PowerShell writes).
 */
record TextInput(Charset charset, int bomLength, int firstChar) {

    /** No first character: the file is empty or blank. */
    static final int NONE = -1;

    static TextInput of(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(4);
            int b0 = in.read();
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            Charset charset = StandardCharsets.UTF_8;
            int bom = 0;
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                bom = 3;
            } else if (b0 == 0xFF && b1 == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
                bom = 2;
            } else if (b0 == 0xFE && b1 == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
                bom = 2;
            }
            in.skipNBytes(bom);
            Reader reader = new InputStreamReader(in, charset);
            int c;
            do {
                c = reader.read();
            } while (c != -1 && Character.isWhitespace(c));
            return new TextInput(charset, bom, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean looksLikeJson() {
        return firstChar == '[' || firstChar == '{';
    }

    /** The file's text after its byte order mark. */
    Reader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bomLength);
        return new InputStreamReader(in, charset);
    }

    /** The file's bytes for a JSON parser (which detects UTF-8 and UTF-16 and skips a byte order mark itself). */
    InputStream bytes(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file));
    }
}
