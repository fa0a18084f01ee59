package dev.skyway.portal.compliance.internal.drops;

import java.nio.file.Path;
import java.util.List;

/** Where findings files are dropped: an S3 prefix or a local directory. */
public interface DropLocation {

    /** What {@code dropped_file.bucket} holds for this location: the bucket, or {@code local:<directory>}. */
    String store();

    /** The location as users know it, e.g. {@code s3://findings/prowler/}. */
    String describe();

    /** A file's full name, e.g. {@code s3://findings/prowler/scan.ocsf.json}. */
    String describe(DroppedObject object);

    /** Every file under the location. */
    List<DroppedObject> list();

    /** Copies a file's content to {@code target} (replaced). */
    void download(DroppedObject object, Path target);
}
