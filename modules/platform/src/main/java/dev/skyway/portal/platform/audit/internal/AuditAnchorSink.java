package dev.skyway.portal.platform.audit.internal;

import dev.skyway.portal.platform.audit.AuditAnchor;

/** Somewhere outside the database that keeps a copy of a chain head. */
interface AuditAnchorSink {

    /** Short description for the anchor record and the log, e.g. {@code log} or {@code s3://bucket/prefix}. */
    String name();

    /** @throws RuntimeException when the anchor could not be written (the other sinks are still tried) */
    void write(AuditAnchor anchor);
}
