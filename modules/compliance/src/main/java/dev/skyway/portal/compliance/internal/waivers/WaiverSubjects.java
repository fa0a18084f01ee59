package dev.skyway.portal.compliance.internal.waivers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.approvals.SubjectRef;
import dev.skyway.portal.approvals.Submission;
import dev.skyway.portal.compliance.Waiver;

/**
 * A waiver as the approval engine sees it: routed by its subject type (the shipped policy asks security), read by
 * approvers as control, scope, reason, compensating control and expiry; decisions bind to the hash of those.
 */
public final class WaiverSubjects {

    private WaiverSubjects() {
    }

    public static Submission submission(Waiver w, @org.jspecify.annotations.Nullable String team) {
        Map<String, String> display = new LinkedHashMap<>();
        display.put("account", w.accountId());
        display.put("control", w.controlId() + (w.controlKey().equals(w.controlId()) ? ""
                : " (same as " + w.controlKey() + ")"));
        display.put("resource", w.resourceId() == null ? "every resource of the account" : w.resourceId());
        display.put("reason", w.reason());
        display.put("compensating control", Objects.requireNonNullElse(w.compensatingControl(), "none"));
        display.put("expires on", w.expiresOn().toString());
        return new Submission(new SubjectRef(Waiver.SUBJECT_TYPE, w.id().toString(), w.title()),
                new SubjectAttributes(null, null, w.controlId(), w.accountId(), team, SubjectAction.CREATE, display),
                hash(w));
    }

    /** SHA-256 of what approvers decide on: the same waiver always hashes the same. */
    public static String hash(Waiver w) {
        return sha256(String.join("\n", w.id().toString(), w.accountId(), w.controlId(),
                Objects.toString(w.resourceId(), ""), w.reason(), Objects.toString(w.compensatingControl(), ""),
                w.expiresOn().toString()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
