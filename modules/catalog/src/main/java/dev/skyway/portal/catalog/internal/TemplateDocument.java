package dev.skyway.portal.catalog.internal;

import java.util.List;
import java.util.Map;

/**
 * A template as read: its top-level sections and what the reader noticed but accepted (duplicate keys, JSON that
 * is not strict JSON), in the words an admin can act on.
 */
record TemplateDocument(Map<String, Object> sections, List<String> warnings) {

    TemplateDocument {
        warnings = List.copyOf(warnings);
    }

    TemplateDocument withWarning(String warning) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.add(warning);
        return new TemplateDocument(sections, all);
    }
}
