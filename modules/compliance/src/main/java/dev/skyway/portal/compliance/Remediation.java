package dev.skyway.portal.compliance;

import org.jspecify.annotations.Nullable;

/** How to fix a failing finding: the tool's text and a link; either may be absent. */
public record Remediation(@Nullable String text, @Nullable String url) {

    public static final Remediation NONE = new Remediation(null, null);
}
