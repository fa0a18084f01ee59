/** The provisioning port ({@code Provisioner}) with its exceptions, and the module's configuration. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.provisioning.internal;
