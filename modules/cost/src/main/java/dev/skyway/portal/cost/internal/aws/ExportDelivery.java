package dev.skyway.portal.cost.internal.aws;

import java.time.Instant;

/**
 * The newest delivery of one billing period of a Data Exports export. A restated period (AWS re-delivers a month for
 * about two weeks after it closes) comes back with another {@code eTag} and, usually, another execution id: the
 * caller compares those with what it imported last.
 *
 * @param billingPeriod YYYY-MM
 * @param manifestKey   the S3 key of the delivery's {@code Manifest.json}
 * @param eTag          the manifest object's ETag, without the quotes S3 wraps it in
 * @param lastModified  when the manifest object was written
 */
public record ExportDelivery(String billingPeriod, String manifestKey, String eTag, Instant lastModified,
                             ExportManifest manifest) {
}
