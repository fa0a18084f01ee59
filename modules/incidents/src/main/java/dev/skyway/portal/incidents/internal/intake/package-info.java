/**
 * Alert intake: integrations and their secrets, the raw payloads of accepted messages (kept for a while, then
 * purged), and the deduplicating alert store every integration writes through.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.internal.intake;
