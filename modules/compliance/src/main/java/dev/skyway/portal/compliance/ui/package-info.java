/** The compliance views. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.ui;
