/**
 * The start page's "what needs me now": every module that has something a user should act on implements
 * {@link dev.skyway.portal.platform.home.HomeSection} and answers with {@link dev.skyway.portal.platform.home.HomeCard}s
 * for that user (by role and team); {@link dev.skyway.portal.platform.home.HomeSections} gathers them in order. The
 * home page and {@code GET /api/v1/home} render the same cards, so the numbers a user sees are the ones automation
 * reads.
 */
@org.springframework.modulith.NamedInterface("home")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.home;
