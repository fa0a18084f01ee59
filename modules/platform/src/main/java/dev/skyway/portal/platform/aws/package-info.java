/**
 * AWS plumbing every adapter shares. {@link dev.skyway.portal.platform.aws.AwsClientFactory} is the one place SDK
 * clients are built: region, credentials (default chain, optionally an assumed role), endpoint override, standard
 * retries, timeouts and a shared HTTP client from {@code portal.aws.*}. {@link dev.skyway.portal.platform.aws.AwsCall}
 * runs a call and turns its failure into an {@link dev.skyway.portal.platform.aws.AwsFailure}: one
 * {@link dev.skyway.portal.platform.aws.AwsErrorKind} (throttled, internal error, unreachable, access denied, not
 * found, invalid input, other), AWS's code and request id, and the portal's words; modules wrap it in their own
 * exceptions but never classify AWS errors themselves. {@link dev.skyway.portal.platform.aws.AwsPages} follows page
 * tokens where the SDK has no paginator; {@link dev.skyway.portal.platform.aws.ThrottlingOnlyRetries} keeps calls
 * without an idempotency token from being repeated. {@link dev.skyway.portal.platform.aws.AwsMode} tells modules
 * whether to use their AWS adapters or their sandbox simulation.
 */
@org.springframework.modulith.NamedInterface("aws")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.aws;
