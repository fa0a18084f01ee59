package dev.skyway.portal.approvals.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.PolicyVersion;

/** The current policy version, parsed once per version; installs the shipped default when none is stored. */
@Component
class PolicyStore {

    static final String SHIPPED_DEFAULT = "approvals/default-policy.json";
    static final String SYSTEM = "system";

    private final PolicyVersions versions;
    private final PolicyParser parser;
    private final Clock clock;
    /** Parsed documents by their text (versions are immutable; keying by text stays right if a row is replaced). */
    private final Map<String, Policy> parsed = new ConcurrentHashMap<>();

    PolicyStore(PolicyVersions versions, PolicyParser parser, Clock clock) {
        this.versions = versions;
        this.parser = parser;
        this.clock = clock;
    }

    /** A version and its parsed policy. */
    record Current(int version, Policy policy) {
    }

    /** @throws IllegalStateException when no policy is stored (the installer runs at startup) */
    Current current() {
        PolicyVersion latest = versions.latest()
                .orElseThrow(() -> new IllegalStateException("No approval policy is installed"));
        return new Current(latest.version(), parsed.computeIfAbsent(latest.document(), parser::parse));
    }

    /** Stores the shipped default as version 1 when the table is empty; the caller holds the transaction. */
    boolean installDefaultIfMissing() {
        if (versions.latest().isPresent()) {
            return false;
        }
        String document = shippedDefault();
        parser.parse(document);
        versions.insertNext(document, clock.instant(), SYSTEM, "shipped default");
        return true;
    }

    static String shippedDefault() {
        try (InputStream in = new ClassPathResource(SHIPPED_DEFAULT).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The shipped approval policy is missing from the classpath", e);
        }
    }
}
