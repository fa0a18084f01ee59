package dev.skyway.portal.compliance.internal.evidence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One ZIP entry's bytes on their way out: hashed (SHA-256) and counted as they pass, and never closing the ZIP
 * underneath (CSV and JSON writers close what they are given).
 */
final class HashingStream extends FilterOutputStream {

    private final MessageDigest sha256;
    private long bytes;

    HashingStream(OutputStream out) {
        super(out);
        this.sha256 = sha256();
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        sha256.update((byte) b);
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        sha256.update(b, off, len);
        bytes += len;
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    long bytes() {
        return bytes;
    }

    /** The hash of everything written; call once, at the end. */
    String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
