package dev.skyway.portal.provisioning.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/** Secret parameter values: key ids in the ciphertext, rotation, values from before key ids, and tampering. */
class SecretBoxTests {

    static final String OLD = key('o');
    static final String NEW = key('n');
    static final String CONTEXT = "request-1/DbPassword";

    @Test
    void newValuesNameTheActiveKey() {
        SecretBox box = new SecretBox(Map.of("k2026", NEW), "k2026", null);

        String sealed = box.encrypt("s3cret", CONTEXT);

        assertThat(sealed).startsWith("v2:k2026:").doesNotContain("s3cret");
        assertThat(box.decrypt(sealed, CONTEXT)).isEqualTo("s3cret");
    }

    @Test
    void afterARotationValuesOfTheOldKeyStillDecrypt() {
        String sealedBefore = new SecretBox(Map.of("k2025", OLD), null, null).encrypt("s3cret", CONTEXT);

        SecretBox rotated = new SecretBox(Map.of("k2025", OLD, "k2026", NEW), "k2026", null);

        assertThat(rotated.decrypt(sealedBefore, CONTEXT)).isEqualTo("s3cret");
        assertThat(rotated.encrypt("other", CONTEXT)).startsWith("v2:k2026:");
    }

    @Test
    void valuesWrittenBeforeKeyIdsDecryptWithTheLegacySingleKey() {
        String v1 = legacyV1("s3cret", OLD, CONTEXT);

        SecretBox box = new SecretBox(Map.of("k2026", NEW), "k2026", OLD);

        assertThat(box.decrypt(v1, CONTEXT)).isEqualTo("s3cret");
        assertThat(box.encrypt("x", CONTEXT)).as("the new key encrypts").startsWith("v2:k2026:");
    }

    @Test
    void theOldSingleKeyPropertyAloneStillWorks() {
        SecretBox box = new SecretBox(OLD);

        assertThat(box.configured()).isTrue();
        assertThat(box.activeKeyId()).isEqualTo(SecretBox.LEGACY_KEY_ID);
        assertThat(box.decrypt(box.encrypt("s3cret", CONTEXT), CONTEXT)).isEqualTo("s3cret");
        assertThat(box.decrypt(legacyV1("s3cret", OLD, CONTEXT), CONTEXT)).isEqualTo("s3cret");
    }

    @Test
    void aValueOfAnUnconfiguredKeySaysWhichKeyIsMissing() {
        String sealed = new SecretBox(Map.of("k2025", OLD), null, null).encrypt("s3cret", CONTEXT);

        SecretBox withoutIt = new SecretBox(Map.of("k2026", NEW), null, null);

        assertThatThrownBy(() -> withoutIt.decrypt(sealed, CONTEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key 'k2025'")
                .hasMessageContaining("portal.secrets.keys.k2025")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> withoutIt.decrypt(legacyV1("s3cret", OLD, CONTEXT), CONTEXT))
                .hasMessageContaining("portal.catalog.secret-key");
    }

    @Test
    void tamperedCiphertextRelabelledKeyOrMovedValueIsRefused() {
        SecretBox box = new SecretBox(Map.of("k2025", OLD, "k2026", OLD), "k2026", null);
        String sealed = box.encrypt("s3cret", CONTEXT);
        String payload = sealed.substring("v2:k2026:".length());
        byte[] bytes = Base64.getDecoder().decode(payload);
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> box.decrypt("v2:k2026:" + Base64.getEncoder().encodeToString(bytes), CONTEXT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("altered");
        assertThatThrownBy(() -> box.decrypt("v2:k2025:" + payload, CONTEXT))
                .as("same key material under another id: the key id is authenticated")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.decrypt(sealed, "request-2/DbPassword"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.decrypt("plain-text", CONTEXT)).hasMessageContaining("Unknown secret format");
    }

    @Test
    void configurationMistakesAreRefusedAtStartup() {
        assertThatThrownBy(() -> new SecretBox(Map.of("a", OLD, "b", NEW), null, null))
                .hasMessageContaining("portal.secrets.active-key-id");
        assertThatThrownBy(() -> new SecretBox(Map.of("a", OLD), "b", null)).hasMessageContaining("'b'");
        assertThatThrownBy(() -> new SecretBox(Map.of("A:1", OLD), null, null)).hasMessageContaining("key id");
        assertThatThrownBy(() -> new SecretBox(Map.of("a", "c2hvcnQ="), null, null))
                .hasMessageContaining("16, 24 or 32 bytes");
        assertThatThrownBy(() -> new SecretBox(Map.of(SecretBox.LEGACY_KEY_ID, NEW), null, OLD))
                .hasMessageContaining("differ");
        assertThat(new SecretBox(Map.of(), null, null).configured()).isFalse();
    }

    private static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes(StandardCharsets.UTF_8));
    }

    /** What SecretBox wrote before key ids existed: {@code v1:} + Base64(iv | AES-GCM(plain)), AAD = context. */
    private static String legacyV1(String plain, String base64Key, String context) {
        try {
            byte[] iv = new byte[12];
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES"),
                    new GCMParameterSpec(128, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return "v1:" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
