/**
 * The one place AWS SDK clients are built: {@link dev.skyway.portal.platform.aws.AwsClientFactory} applies region,
 * credentials (default chain, optionally an assumed role), endpoint override, standard retries, timeouts and a
 * shared HTTP client from {@code portal.aws.*}. {@link dev.skyway.portal.platform.aws.AwsMode} tells modules whether
 * to use their AWS adapters or their sandbox simulation.
 */
@org.springframework.modulith.NamedInterface("aws")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.aws;
