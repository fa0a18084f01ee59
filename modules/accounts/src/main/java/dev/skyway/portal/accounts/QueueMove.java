package dev.skyway.portal.accounts;

/** How a platform admin moves a queued request. */
public enum QueueMove {
    UP, DOWN, TOP
}
