/**
 * Frameworks as data: Prowler's compliance JSON read (duplicate requirement ids merged and reported, never refused),
 * stored with their requirements and checks, the shipped frameworks and control mappings loaded at startup.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.frameworks;
