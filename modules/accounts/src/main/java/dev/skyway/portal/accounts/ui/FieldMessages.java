package dev.skyway.portal.accounts.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;

import dev.skyway.portal.accounts.AccountRequestViolation;

/**
 * Puts the server's rule violations on the form fields they name (several on one field joined with "; "), and clears
 * them again. A violation of {@code tags.<key>} goes to the tags field, prefixed with the key; one of an unknown
 * field to {@code fallback}.
 */
final class FieldMessages {

    private final Map<String, HasValidation> fields;
    private final HasValidation tags;
    private final HasValidation fallback;

    /** @param fields by the name violations use for them (e.g. {@code accountName}) */
    FieldMessages(Map<String, HasValidation> fields, HasValidation tags, HasValidation fallback) {
        this.fields = Map.copyOf(fields);
        this.tags = tags;
        this.fallback = fallback;
    }

    /** Clears every field, then shows {@code violations}; true when there were none. */
    boolean show(List<AccountRequestViolation> violations) {
        fields.values().forEach(FieldMessages::clear);
        clear(tags);
        clear(fallback);
        for (AccountRequestViolation v : violations) {
            HasValidation target = field(v.field());
            String message = v.field().startsWith("tags.") ? v.field().substring(5) + ": " + v.message()
                    : v.message();
            String previous = target.getErrorMessage();
            target.setErrorMessage(previous == null || previous.isBlank() ? capitalized(message)
                    : previous + "; " + message);
            target.setInvalid(true);
        }
        return violations.isEmpty();
    }

    private HasValidation field(String name) {
        return name.startsWith("tags") ? tags : fields.getOrDefault(name, fallback);
    }

    private static void clear(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }

    private static String capitalized(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
