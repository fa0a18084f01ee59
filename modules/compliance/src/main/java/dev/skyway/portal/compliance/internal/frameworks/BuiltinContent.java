package dev.skyway.portal.compliance.internal.frameworks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.internal.ComplianceProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * At startup, loads the shipped frameworks ({@code compliance/frameworks/*.json}, Prowler's format: the AWS
 * Foundational Security Best Practices and CIS AWS Foundations subsets for the sandbox's controls) and control
 * mappings ({@code compliance/control-mappings.json}) that are not stored yet; what is stored is kept, so an
 * administrator's upload of the same framework wins. Another replica may load them first.
 */
@Component
class BuiltinContent implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BuiltinContent.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FrameworkRows frameworks;
    private final ControlMappings mappings;
    private final ComplianceProperties properties;

    BuiltinContent(FrameworkRows frameworks, ControlMappings mappings, ComplianceProperties properties) {
        this.frameworks = frameworks;
        this.mappings = mappings;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.builtinFrameworks()) {
            return;
        }
        try {
            int added = mappings.addMissing(shippedMappings(), Framework.BUILTIN);
            int loaded = 0;
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:compliance/frameworks/*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    ParsedFramework parsed = FrameworkParser.parse(in);
                    if (!frameworks.exists(parsed.framework(), parsed.version(), parsed.provider())) {
                        frameworks.save(parsed, Framework.BUILTIN, "system");
                        loaded++;
                    }
                }
            }
            if (added > 0 || loaded > 0) {
                LOG.info("Loaded {} shipped frameworks and {} control mappings", loaded, added);
            }
        } catch (DuplicateKeyException e) {
            LOG.debug("Another replica loaded the shipped frameworks first");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ControlMappings.Mapping> shippedMappings() throws IOException {
        List<ControlMappings.Mapping> result = new ArrayList<>();
        try (InputStream in = BuiltinContent.class.getResourceAsStream("/compliance/control-mappings.json")) {
            if (in == null) {
                return result;
            }
            for (JsonNode mapping : JSON.readTree(in).path("mappings")) {
                String key = mapping.path("control").asString();
                for (var source : mapping.path("equivalents").properties()) {
                    for (JsonNode id : source.getValue()) {
                        result.add(new ControlMappings.Mapping(id.asString(), key, source.getKey()));
                    }
                }
            }
        }
        return result;
    }
}
