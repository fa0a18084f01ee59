package dev.skyway.portal.catalog;

import java.util.List;

/**
 * What the portal reads from a CloudFormation template before it is published as a product: the parameters as the
 * request form will show them, and what was accepted but deserves a look.
 *
 * @param parameters in form order
 * @param warnings   e.g. a duplicate key (CloudFormation uses its last value) with its lines
 */
public record TemplateCheck(List<ParameterDescriptor> parameters, List<String> warnings) {

    public TemplateCheck {
        parameters = List.copyOf(parameters);
        warnings = List.copyOf(warnings);
    }
}
