/**
 * The shared kernel every business module stands on: who the user is (identity and roles), the hash-chained audit
 * ledger, outbound notifications, the one AWS client factory with its error translation and paging, money, scheduling
 * locks, background work and the sync kit (status, runner, status bar), the UI kit, the port through which modules
 * tell what they changed on an account, the start page's sections, and the declaration of endpoints that
 * authenticate their callers themselves. It depends on no business module; business modules reach it through its named interfaces ({@code identity},
 * {@code audit}, {@code notify}, {@code aws}, {@code money}, {@code jobs}, {@code uikit}, {@code changes}, {@code home},
 * {@code web}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform;
