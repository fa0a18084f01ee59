package dev.skyway.portal.compliance.internal.sandbox;

/** An account the sandbox reports findings about. */
record SandboxAccount(String id, String name) {
}
