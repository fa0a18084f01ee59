/** The AWS client factory's wiring: the factory on the default credentials chain. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.aws.internal;
