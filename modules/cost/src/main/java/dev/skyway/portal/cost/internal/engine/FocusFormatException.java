package dev.skyway.portal.cost.internal.engine;

import java.util.List;

/** A file that is not FOCUS, or whose values cannot be read; nothing of it is stored. */
public class FocusFormatException extends RuntimeException {

    private final List<String> missingColumns;

    public FocusFormatException(String message, List<String> missingColumns) {
        super(message);
        this.missingColumns = List.copyOf(missingColumns);
    }

    public FocusFormatException(String message) {
        this(message, List.of());
    }

    public static FocusFormatException missing(List<String> columns) {
        return new FocusFormatException("Not a FOCUS file: it lacks the column" + (columns.size() == 1 ? " " : "s ")
                + String.join(", ", columns), columns);
    }

    /** The FOCUS columns the file lacks; empty when the problem is elsewhere. */
    public List<String> missingColumns() {
        return missingColumns;
    }
}
