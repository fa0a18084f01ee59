/** The application's views: the main layout, home, login and error pages. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.app.ui;
