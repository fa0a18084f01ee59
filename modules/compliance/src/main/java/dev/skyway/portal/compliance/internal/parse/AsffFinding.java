package dev.skyway.portal.compliance.internal.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingResource;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Remediation;
import dev.skyway.portal.compliance.Severity;

import tools.jackson.databind.JsonNode;

/**
 * One ASFF finding (Security Hub's GetFindings, Prowler's {@code json-asff}, any tool that writes ASFF). The control
 * is {@code Compliance.SecurityControlId} (Security Hub's consolidated controls), else {@code ProductFields.ControlId}
 * or {@code RuleId} (older per-standard findings), else the {@code GeneratorId} (Prowler's {@code prowler-<check>};
 * a detector's ARN gives way to the finding's first type). The status is {@code Compliance.Status} (PASSED, FAILED;
 * WARNING and NOT_AVAILABLE are NOT_AVAILABLE), and a finding without one (a threat, a vulnerability) fails until
 * its workflow says RESOLVED. Archived records are old results Security Hub itself ignores: they are skipped.
 */
final class AsffFinding {

    private AsffFinding() {
    }

    /** Whether the element looks like ASFF at all (then its problems are ASFF problems). */
    static boolean looksLike(JsonNode node) {
        return node.has("SchemaVersion") || node.has("AwsAccountId") || node.has("ProductArn");
    }

    /** @return false when the record is archived (skipped) */
    static boolean read(JsonNode node, String where, Problems problems, Consumer<ParsedFinding> sink) {
        if ("ARCHIVED".equalsIgnoreCase(String.valueOf(Values.text(node, "RecordState")))) {
            return false;
        }
        String account = Values.text(node, "AwsAccountId");
        String workflow = Values.first(Values.text(node, "Workflow", "Status"), Values.text(node, "WorkflowState"));
        String complianceStatus = Values.text(node, "Compliance", "Status");
        FindingStatus status = status(complianceStatus, workflow);
        String source = Normalize.source(product(node), "ASFF");
        String controlId = control(node, source);
        if (account == null) {
            problems.add(where + ": AwsAccountId is missing");
        }
        if (status == null) {
            problems.add(where + ": Compliance.Status must be PASSED, FAILED, WARNING or NOT_AVAILABLE, not '"
                    + Values.truncate(complianceStatus, 40) + "'");
        }
        if (controlId == null) {
            problems.add(where + ": no control: Compliance.SecurityControlId, ProductFields.ControlId and "
                    + "GeneratorId are all missing");
        }
        if (account == null || status == null || controlId == null) {
            return true;
        }
        String accountId = Normalize.accountId(account);
        String title = Values.firstOr(controlId, Values.text(node, "Title"));
        boolean muted = "SUPPRESSED".equalsIgnoreCase(String.valueOf(workflow));
        var remediation = new Remediation(Values.text(node, "Remediation", "Recommendation", "Text"),
                Values.first(Values.text(node, "Remediation", "Recommendation", "Url"),
                        Values.text(node, "ProductFields", "RecommendationUrl")));
        var ids = new ParsedFinding.ToolIds(Values.text(node, "Id"), Values.text(node, "ProductArn"));
        var observed = new ParsedFinding.Observed(
                Values.firstTime(Values.instant(node.path("FirstObservedAt")), Values.instant(node.path("CreatedAt"))),
                Values.firstTime(Values.instant(node.path("LastObservedAt")), Values.instant(node.path("UpdatedAt"))));
        Map<String, List<String>> requirements = requirements(node.path("Compliance"));
        Severity severity = severity(node);
        String findingRegion = Values.first(Values.text(node, "Region"), arnRegion(Values.text(node, "ProductArn")));
        JsonNode resources = node.path("Resources");
        if (!resources.isArray() || resources.isEmpty()) {
            sink.accept(new ParsedFinding(source, new FindingResource(accountId, Values.firstOr("", findingRegion),
                    FindingResource.accountResource(accountId), null), controlId, title,
                    Values.text(node, "Description"), severity, status, muted, remediation, ids, requirements,
                    observed));
            return true;
        }
        for (JsonNode resource : resources) {
            String id = Normalize.resourceId(accountId, Values.text(resource, "Id"));
            String region = Values.firstOr("", Values.text(resource, "Region"), findingRegion);
            sink.accept(new ParsedFinding(source, new FindingResource(accountId, region, id,
                    Values.text(resource, "Type")), controlId, title, Values.text(node, "Description"), severity,
                    status, muted, remediation, ids, requirements, observed));
        }
        return true;
    }

    private static @Nullable FindingStatus status(@Nullable String compliance, @Nullable String workflow) {
        if (compliance == null) {
            return "RESOLVED".equalsIgnoreCase(String.valueOf(workflow)) ? FindingStatus.PASS : FindingStatus.FAIL;
        }
        return switch (compliance.toUpperCase(Locale.ROOT)) {
            case "PASSED" -> FindingStatus.PASS;
            case "FAILED" -> FindingStatus.FAIL;
            case "WARNING", "NOT_AVAILABLE" -> FindingStatus.NOT_AVAILABLE;
            default -> null;
        };
    }

    private static @Nullable String product(JsonNode node) {
        String name = Values.first(Values.text(node, "ProductName"),
                Values.text(node.path("ProductFields").path("aws/securityhub/ProductName")),
                Values.text(node, "ProductFields", "ProviderName"));
        if (name != null) {
            return name;
        }
        String arn = Values.text(node, "ProductArn");
        return arn == null || !arn.contains("/") ? null : arn.substring(arn.lastIndexOf('/') + 1);
    }

    private static @Nullable String control(JsonNode node, String source) {
        String control = Values.first(Values.text(node, "Compliance", "SecurityControlId"),
                Values.text(node, "ProductFields", "ControlId"), Values.text(node, "ProductFields", "RuleId"));
        if (control != null) {
            return control;
        }
        String generator = Values.text(node, "GeneratorId");
        if (generator == null) {
            return null;
        }
        if (generator.startsWith("prowler-") && source.equals(Normalize.PROWLER)) {
            return generator.substring("prowler-".length());
        }
        if (generator.startsWith("security-control/")) {
            return generator.substring("security-control/".length());
        }
        // a detector's ARN (GuardDuty, Inspector) names no control: the finding's type does
        String type = Values.text(node.path("Types").path(0));
        return generator.startsWith("arn:") && type != null ? type : generator;
    }

    private static Severity severity(JsonNode node) {
        String label = Values.first(Values.text(node, "Severity", "Label"),
                Values.text(node, "FindingProviderFields", "Severity", "Label"));
        if (label != null) {
            return Severity.normalize(label);
        }
        JsonNode normalized = node.path("Severity").path("Normalized");
        return normalized.canConvertToInt() ? Severity.fromNormalized(normalized.asInt()) : Severity.INFORMATIONAL;
    }

    private static Map<String, List<String>> requirements(JsonNode compliance) {
        Map<String, List<String>> result = new LinkedHashMap<>(Requirements.ofRelated(
                compliance.path("RelatedRequirements")));
        for (JsonNode standard : compliance.path("AssociatedStandards")) {
            String id = Values.text(standard, "StandardsId");
            if (id != null) {
                result.putIfAbsent(id, List.of());
            }
        }
        return result;
    }

    /** The region of an ARN ({@code arn:aws:securityhub:eu-west-1::product/aws/securityhub}). */
    private static @Nullable String arnRegion(@Nullable String arn) {
        if (arn == null) {
            return null;
        }
        String[] parts = arn.split(":", 6);
        return parts.length > 3 ? Values.blankToNull(parts[3]) : null;
    }
}
