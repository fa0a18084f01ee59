package dev.skyway.portal.compliance.internal.waivers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.approvals.SubjectRef;
import dev.skyway.portal.approvals.Submission;
import dev.skyway.portal.compliance.Attestation;

/** An attestation as the approval engine sees it (the shipped policy asks security); decisions bind to its hash. */
public final class AttestationSubjects {

    private AttestationSubjects() {
    }

    public static Submission submission(Attestation a, String frameworkName, @Nullable String evidenceHash,
                                        @Nullable String team) {
        Map<String, String> display = new LinkedHashMap<>();
        display.put("framework", frameworkName);
        display.put("requirement", a.requirementId());
        display.put("account", a.accountId() == null ? "every account" : a.accountId());
        display.put("statement", a.statement());
        display.put("evidence", Objects.requireNonNullElse(a.evidenceUrl(), "")
                + (a.evidenceFile() == null ? "" : " file " + a.evidenceFile() + " (SHA-256 " + evidenceHash + ")"));
        display.put("valid until", a.validUntil().toString());
        return new Submission(new SubjectRef(Attestation.SUBJECT_TYPE, a.id().toString(), a.title()),
                new SubjectAttributes(null, null, null, a.accountId(), team, SubjectAction.CREATE, display),
                hash(a, evidenceHash));
    }

    public static String hash(Attestation a, @Nullable String evidenceHash) {
        return WaiverSubjects.sha256(String.join("\n", a.id().toString(), a.frameworkId().toString(),
                a.requirementId(), Objects.toString(a.accountId(), ""), a.statement(),
                Objects.toString(a.evidenceUrl(), ""), Objects.toString(evidenceHash, ""), a.validUntil().toString()));
    }
}
