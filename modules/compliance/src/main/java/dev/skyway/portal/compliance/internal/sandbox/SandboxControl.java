package dev.skyway.portal.compliance.internal.sandbox;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.Severity;

/**
 * A check the sandbox reports on (a Prowler check id, as the shipped frameworks name it).
 *
 * @param resourceType the AWS resource type it checks; absent for checks about the account itself
 * @param manual       a person must judge it (Prowler reports MANUAL)
 * @param requirements framework → requirement ids it belongs to
 */
record SandboxControl(String checkId, String title, Severity severity, @Nullable String resourceType,
                      boolean manual, Map<String, List<String>> requirements) {

    boolean accountLevel() {
        return resourceType == null;
    }
}
