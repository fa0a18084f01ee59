/**
 * Directory ports: what a module may ask about the organization without depending on the module that keeps it.
 * {@link dev.skyway.portal.platform.directory.AccountDirectory} answers what the account inventory knows of one AWS
 * account (its environment, owner team and status); the accounts module implements it, and modules that take an
 * account id from a user (catalog requests) check it against the inventory instead of trusting the user.
 */
@org.springframework.modulith.NamedInterface("directory")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.directory;
