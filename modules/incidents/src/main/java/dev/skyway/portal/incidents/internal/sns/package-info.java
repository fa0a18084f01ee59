/**
 * Amazon SNS over HTTPS, verified by the portal itself: the canonical string of each message type, signature
 * versions 1 (SHA1withRSA) and 2 (SHA256withRSA), signing certificates fetched only from allowed URLs, cached and
 * checked (validity, name {@code sns.amazonaws.com}, chain to the configured trust anchors), a window on the message
 * timestamp, and subscription confirmation through an allowed {@code SubscribeURL}.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.internal.sns;
