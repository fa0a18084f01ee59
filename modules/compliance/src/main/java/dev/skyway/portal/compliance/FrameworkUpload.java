package dev.skyway.portal.compliance;

/**
 * A stored framework file.
 *
 * @param created false when it replaced the requirements of the same framework, version and provider
 */
public record FrameworkUpload(Framework framework, boolean created) {
}
