package dev.skyway.portal.cost;

import java.util.List;

/** A file that is not FOCUS (or cannot be read as such); nothing of it was stored. */
public class NotFocusException extends RuntimeException {

    private final List<String> missingColumns;

    public NotFocusException(String message, List<String> missingColumns) {
        super(message);
        this.missingColumns = List.copyOf(missingColumns);
    }

    /** The FOCUS columns the file lacks; empty when the problem is elsewhere. */
    public List<String> missingColumns() {
        return missingColumns;
    }
}
