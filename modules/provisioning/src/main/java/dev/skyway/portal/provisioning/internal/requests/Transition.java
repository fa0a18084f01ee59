package dev.skyway.portal.provisioning.internal.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One move of a request (or several in a row): the request before and after it, and the events it raised, in order.
 * {@link Requests#save} persists what changed; the caller publishes the events where its flow wants them.
 */
public record Transition(RequestRow before, RequestRow after, List<Object> events) {

    public Transition {
        events = List.copyOf(events);
    }

    /** No move at all (e.g. starting a call that was started before). */
    static Transition none(RequestRow row) {
        return new Transition(row, row, List.of());
    }

    static Transition to(RequestRow before, RequestRow after, Object... events) {
        return new Transition(before, after, List.of(events));
    }

    /** This move, then {@code next} from where it left the request. */
    public Transition then(Function<RequestRow, Transition> next) {
        Transition second = next.apply(after);
        List<Object> all = new ArrayList<>(events);
        all.addAll(second.events());
        return new Transition(before, second.after(), all);
    }
}
