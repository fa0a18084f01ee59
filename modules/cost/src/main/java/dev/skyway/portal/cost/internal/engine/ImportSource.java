package dev.skyway.portal.cost.internal.engine;

/** Where cost data came from (stored with each import and billing period). */
public enum ImportSource {
    UPLOAD, S3_EXPORT, SANDBOX, COST_EXPLORER, ATHENA
}
