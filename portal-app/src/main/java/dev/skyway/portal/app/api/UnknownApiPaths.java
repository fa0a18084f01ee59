package dev.skyway.portal.app.api;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * An API path that no controller maps is a 404 problem+json, whatever the method. Without this the request falls
 * through to Vaadin's catch-all and an API client gets 200 with the HTML of the UI.
 *
 * <p>The mapping is consulted right after the controllers' ({@code RequestMappingHandlerMapping}, order 0), so a
 * known path with the wrong method still gets its 405 from there, and before Vaadin's and the static resources'.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping(JsonMapper json) {
        HttpRequestHandler notFound = (request, response) -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "No such API endpoint. The OpenAPI document at /v3/api-docs lists them.");
            problem.setTitle("Not Found");
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        };
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), 1);
    }
}
