package dev.skyway.portal.compliance;

import java.util.List;

/** A body that is not a findings file the portal reads (or is one with unreadable findings); nothing was stored. */
public class FindingsFileException extends RuntimeException {

    private final List<String> problems;

    public FindingsFileException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public FindingsFileException(String message) {
        this(message, List.of(message));
    }

    /** Every problem found (at most a screenful), each naming where: a line, an array element, a field. */
    public List<String> problems() {
        return problems;
    }
}
