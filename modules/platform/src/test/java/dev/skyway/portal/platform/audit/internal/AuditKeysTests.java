package dev.skyway.portal.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** What a key configuration must look like, and that production refuses to start without one. */
class AuditKeysTests {

    static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    static final String KEY_B = Base64.getEncoder().encodeToString("b".repeat(40).getBytes());

    @Test
    void aSingleKeyIsActiveWithoutNamingIt() {
        assertThat(AuditKeys.of(Map.of("k1", KEY_A), null).activeKeyId()).isEqualTo("k1");
    }

    @Test
    void theActiveKeyMustBeAmongTheKeys() {
        assertThatThrownBy(() -> AuditKeys.of(Map.of("k1", KEY_A, "k2", KEY_B), null))
                .hasMessageContaining("portal.audit.active-key-id");
        assertThatThrownBy(() -> AuditKeys.of(Map.of("k1", KEY_A), "k3"))
                .hasMessageContaining("'k3' is not among the configured keys");
    }

    @Test
    void keysShorterThan32BytesAreRefused() {
        String short31 = Base64.getEncoder().encodeToString(new byte[31]);
        assertThatThrownBy(() -> AuditKeys.of(Map.of("k1", short31), "k1"))
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> AuditKeys.of(Map.of("k1", "not base64!"), "k1")).hasMessageContaining("Base64");
    }

    @Test
    void keyIdsAreLowercaseLettersDigitsAndDashes() {
        assertThatThrownBy(() -> AuditKeys.of(Map.of("K:1", KEY_A), "K:1")).hasMessageContaining("key id");
    }

    @Test
    void theMacDependsOnTheKey() {
        AuditKeys keys = AuditKeys.of(Map.of("k1", KEY_A, "k2", KEY_B), "k2");
        assertThat(keys.mac("k1", "x")).isNotEqualTo(keys.mac("k2", "x")).matches("[0-9a-f]{64}");
        assertThat(keys.toString()).doesNotContain(KEY_A).doesNotContain(KEY_B);
    }

    @Test
    void productionWithoutAKeyRefusesToStart() {
        AuditProperties production = new AuditProperties(Map.of(), null, true, null);
        assertThatThrownBy(() -> new AuditConfiguration().auditKeys(production))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PORTAL_AUDIT_KEYS_<ID>");
    }

    @Test
    void withoutAKeyOutsideProductionThePublicDevelopmentKeySigns() {
        AuditKeys keys = new AuditConfiguration().auditKeys(new AuditProperties(null, null, null, null));
        assertThat(keys.isDevelopmentKeyActive()).isTrue();
        assertThat(keys.activeKeyId()).isEqualTo(AuditKeys.DEVELOPMENT_KEY_ID);
    }

    @Test
    void operatorsConfigureKeysThroughTheDocumentedEnvironmentVariables() {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource("systemEnvironment", Map.of(
                "PORTAL_AUDIT_KEYS_K2025", KEY_A, "PORTAL_AUDIT_KEYS_K2026", KEY_B,
                "PORTAL_AUDIT_ACTIVEKEYID", "k2026", "PORTAL_AUDIT_REQUIREKEY", "true",
                "PORTAL_AUDIT_ANCHOR_S3_BUCKET", "anchors")));

        AuditProperties properties = new Binder(ConfigurationPropertySources.from(sources))
                .bind("portal.audit", AuditProperties.class).get();

        AuditKeys keys = new AuditConfiguration().auditKeys(properties);
        assertThat(keys.ids()).containsExactlyInAnyOrder("k2025", "k2026");
        assertThat(keys.activeKeyId()).isEqualTo("k2026");
        assertThat(properties.requireKey()).isTrue();
        assertThat(properties.anchor().s3().bucket()).isEqualTo("anchors");
    }
}
