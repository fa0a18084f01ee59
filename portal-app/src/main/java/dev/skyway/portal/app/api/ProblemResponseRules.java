package dev.skyway.portal.app.api;

import java.io.InputStream;
import java.io.Reader;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The error responses of every operation in the OpenAPI document, by rule, so no controller has to list them: all
 * are RFC 9457 problem+json ({@link #SCHEMA}).
 * <ul>
 * <li>400 when the handler reads input (a body, parameters, path variables or headers): unparseable or invalid
 * input, each wrong field named;</li>
 * <li>401 and 403 everywhere: not signed in; the caller's roles or the object's owner do not allow it;</li>
 * <li>404 when the path names an object ({@code {id}}-like variables);</li>
 * <li>412 and 428 when the handler reads {@code If-Match} (decisions on the version the caller read);</li>
 * <li>409 and any other status a controller declares with {@code @ApiResponse} (the rule cannot know which
 * handlers can conflict): its description stays, its content becomes problem+json.</li>
 * </ul>
 */
@Component
class ProblemResponseRules implements OperationCustomizer {

    /** The name of the problem+json schema in the document's components. */
    static final String SCHEMA = "Problem";

    private static final Map<String, String> RULES = Map.of(
            "400", "Bad request: a malformed or invalid parameter or body (the problem names each wrong field)",
            "401", "Not signed in: no or wrong credentials (HTTP Basic locally, a bearer token with OIDC)",
            "403", "Forbidden: the caller's roles, or their relation to this object, do not allow it",
            "404", "Not found, or not visible to the caller",
            "412", "The object changed since the caller read it: If-Match names an older version (GET it again)",
            "428", "If-Match is required: send the ETag of the version you read");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        keepSuccessResponse(responses);
        if (readsInput(handler)) {
            addRule(responses, "400");
        }
        addRule(responses, "401");
        addRule(responses, "403");
        if (has(handler, PathVariable.class)) {
            addRule(responses, "404");
        }
        if (readsIfMatch(handler)) {
            addRule(responses, "412");
            addRule(responses, "428");
        }
        // declared ones too: springdoc would document them with the handler's success body
        responses.forEach((code, response) -> {
            if (code.startsWith("4")) {
                response.setContent(problemContent());
            }
        });
        return operation.responses(responses);
    }

    /**
     * Once a controller declares a response (a 409), springdoc documents no success response, and gives the declared
     * one the handler's return type: that is the success body, so it goes back where it belongs.
     */
    private static void keepSuccessResponse(ApiResponses responses) {
        if (responses.isEmpty() || responses.keySet().stream().anyMatch(code -> code.startsWith("2"))) {
            return;
        }
        Content body = responses.values().stream().map(ApiResponse::getContent).filter(Objects::nonNull)
                .findFirst().orElse(null);
        responses.addApiResponse("200", new ApiResponse().description("OK").content(body));
    }

    /** The problem+json schema (RFC 9457): its members, and any extension members such as {@code errors}. */
    static Schema<?> problemSchema() {
        return typed("object")
                .description("An RFC 9457 problem: what went wrong, for people (title, detail) and programs (status, "
                        + "type). Validation problems add the wrong fields; unexpected errors a reference for support.")
                .addProperty("type", typed("string").format("uri")
                        .description("Identifies the problem type (about:blank when only the status says it)"))
                .addProperty("title", typed("string").description("A short summary of the type"))
                .addProperty("status", typed("integer").format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", typed("string")
                        .description("What went wrong in this request, and how to correct it"))
                .addProperty("instance", typed("string").format("uri")
                        .description("The request path"))
                .additionalProperties(true);
    }

    /** A schema of one type, for OpenAPI 3.1 ({@code types}) and 3.0 ({@code type}) documents alike. */
    private static Schema<?> typed(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }

    private static void addRule(ApiResponses responses, String code) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(RULES.get(code)));
        }
    }

    private static Content problemContent() {
        return new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new io.swagger.v3.oas.models.media.MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
    }

    private static boolean readsInput(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(RequestBody.class)
                    || parameter.hasParameterAnnotation(RequestParam.class)
                    || parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(RequestHeader.class)
                    || InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsIfMatch(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (header != null && (HttpHeaders.IF_MATCH.equalsIgnoreCase(header.name())
                    || HttpHeaders.IF_MATCH.equalsIgnoreCase(header.value()))) {
                return true;
            }
        }
        return false;
    }
}
