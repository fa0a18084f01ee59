/** The platform's own start-page card: the health of every sync. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.home.internal;
