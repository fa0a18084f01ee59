package dev.skyway.portal.compliance.internal.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.skyway.portal.compliance.internal.parse.ParsedFinding;

/** A finding's identity: SHA-256 of source, account, region, resource and control (resource ids can be long). */
final class FindingKeys {

    private FindingKeys() {
    }

    static String of(ParsedFinding f) {
        return of(f.source(), f.resource().accountId(), f.resource().region(), f.resource().resourceId(),
                f.controlId());
    }

    static String of(String source, String account, String region, String resource, String control) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // the unit separator cannot occur in any of the parts, so no two keys run together
            String joined = String.join("\u001f", source, account, region, resource, control);
            return HexFormat.of().formatHex(digest.digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
