package dev.skyway.portal.compliance.internal.parse;

import java.util.Locale;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingResource;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Remediation;
import dev.skyway.portal.compliance.Severity;

import tools.jackson.databind.JsonNode;

/**
 * One OCSF Detection Finding (class_uid 2004) as Prowler writes it: {@code status_code} PASS/FAIL/MANUAL, the check
 * id in {@code metadata.event_code}, the account in {@code cloud.account.uid}, one finding per entry of
 * {@code resources[]}, frameworks in {@code unmapped.compliance}.
 */
final class OcsfFinding {

    static final int DETECTION_FINDING = 2004;

    private OcsfFinding() {
    }

    /** Whether the element looks like OCSF at all (then its problems are OCSF problems). */
    static boolean looksLike(JsonNode node) {
        return node.has("class_uid") || node.path("metadata").has("event_code");
    }

    static void read(JsonNode node, String where, Problems problems, Consumer<ParsedFinding> sink) {
        JsonNode classUid = node.path("class_uid");
        if (classUid.isMissingNode() || classUid.isNull()) {
            problems.add(where + ": class_uid is missing (not an OCSF finding)");
            return;
        }
        if (!(classUid.canConvertToInt() && classUid.asInt() == DETECTION_FINDING)
                && !String.valueOf(DETECTION_FINDING).equals(Values.text(classUid))) {
            String name = Values.text(node, "class_name");
            problems.add(where + ": class_uid is " + Values.text(classUid) + (name == null ? "" : " (" + name + ")")
                    + ": only Detection Findings (class_uid 2004) are read");
            return;
        }
        String statusCode = Values.text(node, "status_code");
        FindingStatus status = status(statusCode);
        String checkId = Values.text(node, "metadata", "event_code");
        String account = Values.text(node, "cloud", "account", "uid");
        if (status == null) {
            problems.add(where + (statusCode == null ? ": status_code is missing"
                    : ": status_code must be PASS, FAIL or MANUAL, not '" + Values.truncate(statusCode, 40) + "'"));
        }
        if (checkId == null) {
            problems.add(where + ": metadata.event_code (the check id) is missing");
        }
        if (account == null) {
            problems.add(where + ": cloud.account.uid (the account) is missing");
        }
        if (status == null || checkId == null || account == null) {
            return;
        }
        String accountId = Normalize.accountId(account);
        String source = Normalize.source(Values.text(node, "metadata", "product", "name"), "OCSF");
        String title = Values.firstOr(checkId, Values.text(node, "finding_info", "title"));
        String detail = Values.first(Values.text(node, "status_detail"), Values.text(node, "message"));
        boolean muted = "suppressed".equalsIgnoreCase(String.valueOf(Values.text(node, "status")));
        var ids = new ParsedFinding.ToolIds(Values.text(node, "finding_info", "uid"), null);
        JsonNode info = node.path("finding_info");
        var observed = new ParsedFinding.Observed(Values.firstTime(Values.instant(info.path("first_seen_time_dt")),
                Values.instant(info.path("created_time_dt")), Values.instant(info.path("created_time"))),
                Values.firstTime(Values.instant(node.path("time_dt")), Values.instant(node.path("time"))));
        var requirements = Requirements.ofObject(node.path("unmapped").path("compliance"));
        Remediation remediation = remediation(node);
        Severity severity = severity(node);
        String cloudRegion = Values.text(node, "cloud", "region");
        JsonNode resources = node.path("resources");
        if (!resources.isArray() || resources.isEmpty()) {
            sink.accept(new ParsedFinding(source, new FindingResource(accountId, Values.firstOr("", cloudRegion),
                    FindingResource.accountResource(accountId), null), checkId, title, detail,
                    severity, status, muted, remediation, ids, requirements, observed));
            return;
        }
        for (JsonNode resource : resources) {
            String region = Values.firstOr("", Values.text(resource, "region"), cloudRegion);
            String id = Normalize.resourceId(accountId, Values.first(Values.text(resource, "uid"),
                    Values.text(resource, "name")));
            sink.accept(new ParsedFinding(source, new FindingResource(accountId, region, id,
                    Values.text(resource, "type")), checkId, title, detail, severity, status, muted, remediation,
                    ids, requirements, observed));
        }
    }

    private static @Nullable FindingStatus status(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "PASS", "PASSED" -> FindingStatus.PASS;
            case "FAIL", "FAILED" -> FindingStatus.FAIL;
            case "MANUAL" -> FindingStatus.MANUAL;
            default -> null;
        };
    }

    private static Severity severity(JsonNode node) {
        String label = Values.text(node, "severity");
        if (label != null && !label.equalsIgnoreCase("unknown") && !label.equalsIgnoreCase("other")) {
            return Severity.normalize(label);
        }
        JsonNode id = node.path("severity_id");
        return id.canConvertToInt() ? Severity.fromOcsfId(id.asInt()) : Severity.normalize(label);
    }

    private static Remediation remediation(JsonNode node) {
        String url = null;
        for (JsonNode reference : node.path("remediation").path("references")) {
            String text = Values.text(reference);
            if (text != null && (text.startsWith("https://") || text.startsWith("http://"))) {
                url = text;
                break;
            }
        }
        return new Remediation(Values.text(node, "remediation", "desc"),
                url != null ? url : Values.text(node, "unmapped", "related_url"));
    }

}
