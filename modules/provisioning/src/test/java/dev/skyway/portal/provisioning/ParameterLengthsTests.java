package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.catalog.ParameterDescriptor;

/**
 * Values a template sets no MaxLength on are still refused (naming the parameter) when the portal could not store
 * them, instead of failing in the database.
 */
class ParameterLengthsTests {

    static ParameterDescriptor text(String key, Integer maxLength, boolean noEcho) {
        return new ParameterDescriptor(key, null, null, null, "String", null, null, null, null, null, maxLength,
                null, null, noEcho);
    }

    @Test
    void aValueLongerThanItsColumnIsRefusedNamingTheParameter() {
        var violations = ParameterLengths.check(List.of(text("Notes", null, false)), Map.of("Notes", "x".repeat(4001)));

        assertThat(violations).extracting(RequestViolation::field, RequestViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("parameters.Notes", "MAX_LENGTH"));
        assertThat(ParameterLengths.check(List.of(text("Notes", null, false)), Map.of("Notes", "x".repeat(4000))))
                .isEmpty();
    }

    @Test
    void aSecretMustFitEncryptedAndANameMustFitTheProvisionedName() {
        assertThat(ParameterLengths.check(List.of(text("Token", null, true)), Map.of("Token", "s".repeat(1001))))
                .extracting(RequestViolation::field).containsExactly("parameters.Token");
        assertThat(ParameterLengths.check(List.of(text("ClusterName", null, false)),
                Map.of("ClusterName", "n".repeat(129)))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("128").contains("name"));
    }

    @Test
    void aTemplatesOwnSmallerMaxLengthIsLeftToTheTemplateRules() {
        assertThat(ParameterLengths.check(List.of(text("ClusterName", 40, false)),
                Map.of("ClusterName", "n".repeat(200)))).isEmpty();
    }
}
