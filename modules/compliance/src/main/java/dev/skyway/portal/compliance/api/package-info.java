/** The compliance REST API under {@code /api/v1/compliance}: imports, findings, frameworks, scores and the summary. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.api;
