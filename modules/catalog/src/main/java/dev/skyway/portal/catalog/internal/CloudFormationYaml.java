package dev.skyway.portal.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads YAML CloudFormation templates. Short-form intrinsic functions ({@code !Ref}, {@code !Sub}, {@code !GetAtt},
 * {@code !If}, ...) become their long form ({@code {"Ref": ...}}, {@code {"Fn::Sub": ...}}), so the parser sees what
 * CloudFormation sees. Only safe standard types are built. A duplicate key keeps its last value, as CloudFormation
 * does, and becomes a warning naming the key and both lines (a hard error would refuse templates CloudFormation
 * deploys).
 */
final class CloudFormationYaml {

    static final int MAX_TEMPLATE_CODE_POINTS = 1_048_576; // CloudFormation's own limit is 1 MB (S3 templates)

    private CloudFormationYaml() {
    }

    /** @throws TemplateException with the line when the text is not YAML or not a mapping of sections */
    static TemplateDocument read(String body) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_TEMPLATE_CODE_POINTS);
        options.setMaxAliasesForCollections(50);
        options.setAllowDuplicateKeys(true);
        IntrinsicsConstructor constructor = new IntrinsicsConstructor(options);
        Object document;
        try {
            document = new Yaml(constructor, new Representer(new DumperOptions()), new DumperOptions(), options)
                    .load(body);
        } catch (MarkedYAMLException e) {
            int line = (e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark()).getLine() + 1;
            String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
            throw new TemplateException("The template is not valid YAML: " + firstLine(problem) + " (line " + line
                    + ")", line, e);
        } catch (TemplateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TemplateException("The template is not valid YAML: " + firstLine(e.getMessage()), e);
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new TemplateException("The template is not a mapping of sections (Parameters, Resources, ...)");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return new TemplateDocument(result, new ArrayList<>(constructor.duplicates));
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** SafeConstructor that turns any {@code !Tag} into {@code {"Fn::Tag": value}} ({@code !Ref} into {@code Ref}). */
    private static final class IntrinsicsConstructor extends SafeConstructor {

        /** Warnings in document order; a set because a merged mapping may be flattened more than once. */
        final Set<String> duplicates = new LinkedHashSet<>();

        IntrinsicsConstructor(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(null, new ShortFormIntrinsic());
        }

        @Override
        protected void processDuplicateKeys(MappingNode node, boolean forceStringKeys) {
            Map<String, Integer> firstLine = new HashMap<>();
            for (NodeTuple tuple : node.getValue()) {
                // keys brought in by a merge (<<) override on purpose: only keys written twice are reported
                if (tuple.getKeyNode() instanceof ScalarNode key && !key.getTag().equals(Tag.MERGE)) {
                    int line = key.getStartMark().getLine() + 1;
                    Integer earlier = firstLine.putIfAbsent(key.getValue(), line);
                    if (earlier != null) {
                        duplicates.add(Duplicates.warning(key.getValue(), line, earlier));
                    }
                }
            }
            super.processDuplicateKeys(node, forceStringKeys);
        }

        private final class ShortFormIntrinsic extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String tag = node.getTag().getValue();
                if (!tag.startsWith("!")) {
                    // global tags such as !!java.lang.Object: never construct arbitrary types
                    throw new TemplateException("Unsupported YAML tag " + tag + " (line "
                            + (node.getStartMark().getLine() + 1) + ")", node.getStartMark().getLine() + 1, null);
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
