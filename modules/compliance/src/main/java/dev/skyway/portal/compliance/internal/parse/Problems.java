package dev.skyway.portal.compliance.internal.parse;

import java.util.ArrayList;
import java.util.List;

import dev.skyway.portal.compliance.FindingsFileException;

/** The problems of one file, up to a screenful: the first ones name enough to fix the file. */
final class Problems {

    static final int LIMIT = 20;

    private final List<String> problems = new ArrayList<>();

    void add(String problem) {
        if (problems.size() < LIMIT) {
            problems.add(problem);
        }
    }

    boolean full() {
        return problems.size() >= LIMIT;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** @throws FindingsFileException with every problem, the first as its message */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            String more = problems.size() >= LIMIT ? " (and more: the first " + LIMIT + " are listed)" : "";
            throw new FindingsFileException(problems.getFirst() + more, problems);
        }
    }
}
