package dev.skyway.portal.compliance.internal.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.skyway.portal.compliance.EvidenceReceipt.PackedFile;

/** The pack as it is streamed: entries written one after the other, each hashed while written, nothing buffered. */
final class EvidenceZip {

    /** Writes one entry's content, returning how many data rows it held. */
    @FunctionalInterface
    interface Content {
        long writeTo(OutputStream out) throws IOException;
    }

    private final ZipOutputStream zip;
    private final FileTime time;
    private final List<PackedFile> files = new ArrayList<>();

    EvidenceZip(OutputStream out, Instant createdAt) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.time = FileTime.from(createdAt);
    }

    PackedFile add(String name, Content content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        HashingStream out = new HashingStream(zip);
        long rows = content.writeTo(out);
        out.flush();
        zip.closeEntry();
        PackedFile file = new PackedFile(name, out.hex(), out.bytes(), rows);
        files.add(file);
        return file;
    }

    /** The files added so far, in order. */
    List<PackedFile> files() {
        return List.copyOf(files);
    }

    /** Writes the ZIP's directory; the stream underneath stays open for its owner. */
    void finish() throws IOException {
        zip.finish();
        zip.flush();
    }
}
