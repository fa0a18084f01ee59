package dev.skyway.portal.incidents;

import java.util.Map;
import java.util.stream.Collectors;

/** Input the incidents module refuses, with one problem per field; nothing was stored. */
public class IncidentsValidationException extends RuntimeException {

    private final Map<String, String> problems;

    public IncidentsValidationException(Map<String, String> problems) {
        super(problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        this.problems = Map.copyOf(problems);
    }

    /** Field name to what is wrong with it. */
    public Map<String, String> problems() {
        return problems;
    }
}
