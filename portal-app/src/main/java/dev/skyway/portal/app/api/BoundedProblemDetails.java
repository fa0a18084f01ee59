package dev.skyway.portal.app.api;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The last guard before an API error leaves: every text in a problem (detail, title, extra properties, and inside
 * them lists, maps and records) is cut to {@value #MAX_TEXT} characters and every list to {@value #MAX_ITEMS}
 * items. Handlers name fields and rules rather than repeating what was sent, but a message that quotes an
 * identifier or a field name the caller sent must not turn a 1 MB body into a multi-megabyte error that reflects
 * the input back.
 */
@RestControllerAdvice
class BoundedProblemDetails implements ResponseBodyAdvice<Object> {

    static final int MAX_TEXT = 200;
    static final int MAX_ITEMS = 100;

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            problem.setDetail((String) bounded(problem.getDetail()));
            problem.setTitle((String) bounded(problem.getTitle()));
            if (problem.getProperties() != null) {
                new LinkedHashMap<>(problem.getProperties())
                        .forEach((name, value) -> problem.setProperty(name, bounded(value)));
            }
        }
        return body;
    }

    /** Strings are cut; lists, maps and records are walked; anything else (numbers, instants) is kept. */
    static @Nullable Object bounded(@Nullable Object value) {
        if (value instanceof String text) {
            return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "… (cut)";
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(Math.min(items.size(), MAX_ITEMS));
            items.stream().limit(MAX_ITEMS).forEach(item -> copy.add(bounded(item)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(bounded(k), bounded(v)));
            return copy;
        }
        if (value instanceof Record record) {
            // as Jackson writes a record with spring.jackson.default-property-inclusion=non_null
            Map<String, Object> copy = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object componentValue = read(component, record);
                if (componentValue != null) {
                    copy.put(component.getName(), bounded(componentValue));
                }
            }
            return copy;
        }
        return value;
    }

    private static @Nullable Object read(RecordComponent component, Record record) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
