/** The accounts views: the inventory, an account, account requests (form, list, detail) and closing an account. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.accounts.ui;
