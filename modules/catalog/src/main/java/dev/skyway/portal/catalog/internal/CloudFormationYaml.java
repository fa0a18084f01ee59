package dev.skyway.portal.catalog.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads CloudFormation templates (YAML or JSON, which is YAML too). Short-form intrinsic functions ({@code !Ref},
 * {@code !Sub}, {@code !GetAtt}, {@code !If}, ...) become their long form ({@code {"Ref": ...}},
 * {@code {"Fn::Sub": ...}}), so the parser sees what CloudFormation sees. Only safe standard types are built.
 */
final class CloudFormationYaml {

    static final int MAX_TEMPLATE_CODE_POINTS = 1_048_576; // CloudFormation's own limit is 1 MB (S3 templates)

    private CloudFormationYaml() {
    }

    /** The template's top-level mapping; throws {@link TemplateException} when it is not one. */
    static Map<String, Object> read(String body) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_TEMPLATE_CODE_POINTS);
        options.setMaxAliasesForCollections(50);
        options.setAllowDuplicateKeys(false);
        Object document;
        try {
            document = new Yaml(new IntrinsicsConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                    new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options)
                    .load(body);
        } catch (RuntimeException e) {
            throw new TemplateException("The template is neither valid YAML nor JSON: " + firstLine(e.getMessage()), e);
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new TemplateException("The template is not a mapping of sections (Parameters, Resources, ...)");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** SafeConstructor that turns any {@code !Tag} into {@code {"Fn::Tag": value}} ({@code !Ref} into {@code Ref}). */
    private static final class IntrinsicsConstructor extends SafeConstructor {

        IntrinsicsConstructor(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(null, new ShortFormIntrinsic());
        }

        private final class ShortFormIntrinsic extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String tag = node.getTag().getValue();
                if (!tag.startsWith("!")) {
                    // global tags such as !!java.lang.Object: never construct arbitrary types
                    throw new TemplateException("Unsupported YAML tag " + tag);
                }
                String name = tag.substring(1);
                String function = "Ref".equals(name) || "Condition".equals(name) ? name : "Fn::" + name;
                Object value = switch (node) {
                    case ScalarNode scalar -> constructScalar(scalar);
                    case SequenceNode sequence -> constructSequence(sequence);
                    case MappingNode mapping -> constructMapping(mapping);
                    default -> null;
                };
                return Map.of(function, value == null ? "" : value);
            }
        }
    }
}
