package dev.skyway.portal.compliance.internal.drops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The findings files in a local directory and below it (the sandbox's stand-in for a bucket, or a mounted volume).
 * A file's "ETag" is its size and modification time, so writing it again imports it again, as a new S3 version would.
 */
public class LocalDrops implements DropLocation {

    private final Path directory;

    public LocalDrops(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public String store() {
        String name = "local:" + directory;
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    @Override
    public String describe() {
        return directory.toString();
    }

    @Override
    public String describe(DroppedObject object) {
        return directory.resolve(object.key()).toString();
    }

    @Override
    public List<DroppedObject> list() {
        if (!Files.isDirectory(directory)) {
            createDirectory();
            return List.of();
        }
        List<DroppedObject> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    String key = directory.relativize(file).toString().replace('\\', '/');
                    long modified = attributes.lastModifiedTime().toMillis();
                    files.add(new DroppedObject(key, Long.toHexString(attributes.size()) + "-"
                            + Long.toHexString(modified), attributes.size(), attributes.lastModifiedTime()
                            .toInstant()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the drop directory " + directory, e);
        }
        return files;
    }

    @Override
    public void download(DroppedObject object, Path target) {
        try {
            Files.copy(directory.resolve(object.key()), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + describe(object), e);
        }
    }

    private void createDirectory() {
        try {
            // so that whoever looks finds where to drop files
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the drop directory " + directory, e);
        }
    }
}
