package dev.skyway.portal.catalog;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.catalog.internal.TemplateException;
import dev.skyway.portal.catalog.internal.TemplateParser;

/**
 * Lets a platform admin see what the portal will make of a CloudFormation template before it is published as a
 * product: the same reader and parser as the catalog sync, storing nothing.
 */
@Service
public class TemplateChecks {

    /** Larger bodies are refused before parsing; CloudFormation's own limit for templates in S3 is 1 MB. */
    public static final int MAX_BODY_CHARS = 1_048_576;

    private final TemplateParser parser;

    TemplateChecks(TemplateParser parser) {
        this.parser = parser;
    }

    /**
     * @param body a YAML or JSON template
     * @return the parameters as the request form will show them, and warnings
     * @throws InvalidTemplateException when the portal cannot read the template (the message says why and where)
     * @throws AccessDeniedException    for anyone but a platform admin
     */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public TemplateCheck check(String body) {
        if (body.isBlank()) {
            throw new InvalidTemplateException("The template is empty", null, null);
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new InvalidTemplateException("The template is larger than CloudFormation's limit of 1 MB", null,
                    null);
        }
        try {
            return parser.check(body);
        } catch (TemplateException e) {
            throw new InvalidTemplateException(e.getMessage(), e.line(), e);
        }
    }
}
