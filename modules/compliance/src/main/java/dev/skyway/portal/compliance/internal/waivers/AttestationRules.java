package dev.skyway.portal.compliance.internal.waivers;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.EvidenceFile;
import dev.skyway.portal.compliance.NewAttestation;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.compliance.internal.frameworks.ParsedFramework;

/** What an attestation must be: each wrong field named with what it must be. */
public final class AttestationRules {

    private AttestationRules() {
    }

    /**
     * @param requirements the framework's requirements; absent when the framework is unknown
     * @return field → problem; empty when the attestation is fine
     */
    public static Map<String, String> check(NewAttestation a, @Nullable EvidenceFile file,
                                            @Nullable List<FrameworkRows.RequirementChecks> requirements,
                                            LocalDate today, int maxDays) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (a.frameworkId() == null) {
            problems.put("frameworkId", "is required");
        } else if (requirements == null) {
            problems.put("frameworkId", "is no framework the portal knows");
        }
        if (WaiverRules.blank(a.requirementId())) {
            problems.put("requirementId", "is required");
        } else if (requirements != null) {
            var requirement = requirements.stream().filter(r -> r.id().equals(a.requirementId().strip()))
                    .findFirst();
            if (requirement.isEmpty()) {
                problems.put("requirementId", "is no requirement of the framework");
            } else if (!ParsedFramework.MANUAL.equals(requirement.get().assessment())) {
                problems.put("requirementId", "is checked automatically; only MANUAL requirements are attested");
            }
        }
        if (a.accountId() != null && !WaiverRules.ACCOUNT_ID.matcher(a.accountId().strip()).matches()) {
            problems.put("accountId", "must be a 12-digit AWS account id (or absent: every account)");
        }
        WaiverRules.text(problems, "statement", a.statement(), true, WaiverRules.MAX_TEXT);
        evidence(problems, a.evidenceUrl(), file);
        WaiverRules.expiry(problems, "validUntil", a.validUntil(), today, maxDays);
        return problems;
    }

    private static void evidence(Map<String, String> problems, @Nullable String url, @Nullable EvidenceFile file) {
        if (WaiverRules.blank(url)) {
            if (file == null) {
                problems.put("evidenceUrl", "is required unless a file is attached");
            }
        } else if (url.strip().length() > 2048 || !web(url.strip())) {
            problems.put("evidenceUrl", "must be an http or https link of at most 2048 characters");
        }
        if (file != null && (file.content().length == 0 || file.content().length > EvidenceFile.MAX_BYTES)) {
            problems.put("evidenceFile", "must hold from 1 byte to " + EvidenceFile.MAX_BYTES / 1024 / 1024
                    + " MiB");
        } else if (file != null && (file.fileName().isBlank() || file.fileName().length() > 1024)) {
            problems.put("evidenceFile", "needs a file name of at most 1024 characters");
        }
    }

    private static boolean web(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
