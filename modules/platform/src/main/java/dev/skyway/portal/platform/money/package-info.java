/**
 * Money: {@link dev.skyway.portal.platform.money.Money}, an exact amount in an ISO 4217 currency, with arithmetic
 * that refuses to mix currencies ({@link dev.skyway.portal.platform.money.CurrencyMismatchException}) and rounds
 * only when asked. Every module that prices, budgets or estimates uses this one type.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("money")
package dev.skyway.portal.platform.money;

import org.jspecify.annotations.NullMarked;
