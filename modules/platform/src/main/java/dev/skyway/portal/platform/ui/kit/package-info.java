/**
 * The UI kit every module's views share: page header, empty state, confirmation dialog, CSV export, charts, grid
 * cells drawn in the browser (links and badges), and money/time formatting in the user's time zone.
 */
@org.springframework.modulith.NamedInterface("uikit")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.ui.kit;
