package dev.skyway.portal.compliance.ui;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A grid asks for any offset and limit; the facades answer whole pages. */
final class Pages {

    private Pages() {
    }

    /** The rows [offset, offset + limit) read from the pages of {@code pageSize} that hold them. */
    static <T> Stream<T> slice(int offset, int limit, int pageSize, IntFunction<List<T>> page) {
        if (limit <= 0) {
            return Stream.empty();
        }
        int first = offset / pageSize;
        int last = (offset + limit - 1) / pageSize;
        return IntStream.rangeClosed(first, last).mapToObj(page).flatMap(List::stream)
                .skip(offset - (long) first * pageSize).limit(limit);
    }
}
