/**
 * The network lookup port behind the request form's AWS parameter pickers (VPCs, subnets, key pairs...) and where to
 * look.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.provisioning.internal.network;
