/** The portal's entry point: the Spring Boot application whose sub-packages are the application modules. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal;
