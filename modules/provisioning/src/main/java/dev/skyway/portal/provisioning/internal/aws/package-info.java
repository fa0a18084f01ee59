/**
 * Provisioning's AWS adapters: AWS Service Catalog provisioning and network lookups in member accounts through an
 * assumed role.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.provisioning.internal.aws;
