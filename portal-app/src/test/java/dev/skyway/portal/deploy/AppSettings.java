package dev.skyway.portal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The environment variables the portal reads, in the form Spring's relaxed binding accepts: every property of Spring
 * Boot's configuration metadata on the class path, every {@code @ConfigurationProperties} record of the portal (map
 * properties as a prefix ending in {@code _}, which takes any key), and the placeholders of the app's
 * {@code application*.yml} ({@code ${PORTAL_OIDC_CLIENT_ID}}).
 */
final class AppSettings {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private final Set<String> names = new TreeSet<>();
    private final Set<String> prefixes = new TreeSet<>();

    private AppSettings() {
    }

    static AppSettings read() throws IOException {
        AppSettings settings = new AppSettings();
        settings.readBootMetadata();
        settings.readPortalProperties();
        settings.readPlaceholders(Path.of("src", "main", "resources"));
        return settings;
    }

    /** Whether the app reads this environment variable. */
    boolean reads(String variable) {
        return names.contains(variable) || prefixes.stream().anyMatch(variable::startsWith);
    }

    static String envName(String property) {
        return property.replace('.', '_').replace("-", "").replace("[*]", "").toUpperCase(Locale.ROOT);
    }

    private void readBootMetadata() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (InputStream in = resource.getInputStream()) {
                JsonNode metadata = json.readTree(in);
                for (JsonNode property : metadata.path("properties")) {
                    String name = property.path("name").asString();
                    String type = property.path("type").asString("");
                    if (type.startsWith("java.util.Map")) {
                        prefixes.add(envName(name) + "_");
                    } else {
                        names.add(envName(name));
                    }
                }
            }
        }
    }

    private void readPortalProperties() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("dev.skyway.portal")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            addRecord(envName(annotation.value().isEmpty() ? annotation.prefix() : annotation.value()), type);
        }
    }

    private void addRecord(String prefix, Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "_" + component.getName().toUpperCase(Locale.ROOT);
            Class<?> componentType = component.getType();
            if (componentType.isRecord()) {
                addRecord(name, componentType);
            } else if (Map.class.isAssignableFrom(componentType)) {
                prefixes.add(name + "_");
            } else if (Collection.class.isAssignableFrom(componentType)) {
                names.add(name);
                prefixes.add(name + "_");
                elementRecord(component.getGenericType()).ifPresent(element -> addRecord(name + "_0", element));
            } else {
                names.add(name);
            }
        }
    }

    private static java.util.Optional<Class<?>> elementRecord(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return java.util.Optional.of(element);
        }
        return java.util.Optional.empty();
    }

    private void readPlaceholders(Path resources) throws IOException {
        try (Stream<Path> files = Files.list(resources)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
                Matcher placeholder = PLACEHOLDER.matcher(Files.readString(file));
                while (placeholder.find()) {
                    names.add(placeholder.group(1));
                }
            }
        }
    }
}
