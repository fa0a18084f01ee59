package dev.skyway.portal.catalog.internal;

/**
 * Reads a template body the way real templates need: JSON first (a tab-indented JSON template is valid JSON but not
 * valid YAML), then YAML (which also takes the "JSON" that is not strict JSON, such as a trailing comma, as
 * CloudFormation's own reader does), then JSON with trailing commas (tabs and a trailing comma together). When all
 * fail, the error of the format the body looks like is reported: the JSON error for a body that starts with
 * {@code {}, the YAML error otherwise.
 */
final class TemplateReader {

    private TemplateReader() {
    }

    /** @throws TemplateException saying what is wrong and where */
    static TemplateDocument read(String body) {
        if (body.codePointCount(0, body.length()) > CloudFormationYaml.MAX_TEMPLATE_CODE_POINTS) {
            throw new TemplateException("The template is larger than CloudFormation's limit of 1 MB");
        }
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body; // a BOM some editors write
        TemplateException jsonError;
        try {
            return CloudFormationJson.read(text, false);
        } catch (TemplateException e) {
            jsonError = e;
        }
        boolean looksLikeJson = text.stripLeading().startsWith("{");
        try {
            TemplateDocument yaml = CloudFormationYaml.read(text);
            return looksLikeJson ? yaml.withWarning("Not strict JSON, read as YAML instead: "
                    + jsonError.getMessage().replace("The template is not valid JSON: ", "")) : yaml;
        } catch (TemplateException yamlError) {
            if (!looksLikeJson) {
                throw yamlError;
            }
        }
        try {
            return CloudFormationJson.read(text, true).withWarning("Not strict JSON (trailing comma), read anyway: "
                    + jsonError.getMessage().replace("The template is not valid JSON: ", ""));
        } catch (TemplateException lenientError) {
            throw jsonError;
        }
    }
}
