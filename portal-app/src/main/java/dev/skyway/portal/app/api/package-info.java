/** The REST API's shell: problem+json errors, the OpenAPI document, unknown API paths and {@code /api/v1/me}. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.app.api;
