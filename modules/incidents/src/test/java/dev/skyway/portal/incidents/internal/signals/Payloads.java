package dev.skyway.portal.incidents.internal.signals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The message fixtures under {@code src/test/resources/payloads}, as they are or changed. */
public final class Payloads {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Payloads() {
    }

    public static String text(String name) {
        try (InputStream in = new ClassPathResource("payloads/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String changed(String name, Consumer<ObjectNode> change) {
        ObjectNode json = (ObjectNode) JSON.readTree(text(name));
        change.accept(json);
        return JSON.writeValueAsString(json);
    }

    static ObjectNode json(String name) {
        return (ObjectNode) JSON.readTree(text(name));
    }
}
