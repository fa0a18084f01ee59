package dev.skyway.portal.app.api;

import java.util.Iterator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Gives the controllers' nested records schema names that are unique in the OpenAPI document. By default a schema
 * is named after the simple class name, so {@code RequestsController.Submit} (a product request) and
 * {@code AccountRequestsController.Submit} (an account request) became one schema {@code Submit}, and the document
 * described {@code POST /api/v1/account-requests} with the product request's fields. A nested type is named after
 * its controller and itself instead: {@code RequestsSubmit}, {@code AccountRequestsSubmit}.
 */
@Component
class UniqueSchemaNames implements ModelConverter {

    @Override
    public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
                                       Iterator<ModelConverter> chain) {
        if (type.getName() == null || type.getName().isBlank()) {
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            String name = schemaName(raw);
            if (name != null) {
                type.name(name);
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    /** {@code FooController.Bar} becomes {@code FooBar}; everything else keeps the default (no name here). */
    static @Nullable String schemaName(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing == null || !type.getPackageName().startsWith("dev.skyway.portal")
                || !(type.isRecord() || type.isEnum())) {
            return null;
        }
        return enclosing.getSimpleName().replaceFirst("Controller$", "") + type.getSimpleName();
    }
}
