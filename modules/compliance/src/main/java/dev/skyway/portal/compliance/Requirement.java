package dev.skyway.portal.compliance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A framework's requirement as its file describes it.
 *
 * @param assessment {@code AUTOMATED} or {@code MANUAL}
 * @param checks     the controls (tools' check ids) that test it
 */
public record Requirement(String id, @Nullable String name, @Nullable String description, @Nullable String section,
                          String assessment, List<String> checks) {
}
