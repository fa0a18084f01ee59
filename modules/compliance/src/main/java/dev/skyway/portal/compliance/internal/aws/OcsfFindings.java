package dev.skyway.portal.compliance.internal.aws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.securityhub.model.AllowedOperators;
import software.amazon.awssdk.services.securityhub.model.CompositeFilter;
import software.amazon.awssdk.services.securityhub.model.DateFilter;
import software.amazon.awssdk.services.securityhub.model.OcsfDateField;
import software.amazon.awssdk.services.securityhub.model.OcsfDateFilter;
import software.amazon.awssdk.services.securityhub.model.OcsfFindingFilters;
import software.amazon.awssdk.services.securityhub.model.OcsfStringField;
import software.amazon.awssdk.services.securityhub.model.OcsfStringFilter;
import software.amazon.awssdk.services.securityhub.model.StringFilter;
import software.amazon.awssdk.services.securityhub.model.StringFilterComparison;

/**
 * {@code GetFindingsV2}' filters from a {@link HubFindingQuery}, and its OCSF findings (Compliance Finding, class
 * 2003) as {@link HubFinding}s in ASFF's words, so that the portal stores both alike.
 */
final class OcsfFindings {

    /** OCSF's compliance captions for ASFF's statuses, as the filters need them. */
    private static final Map<String, String> OCSF_STATUS = Map.of("PASSED", "Pass", "FAILED", "Fail",
            "WARNING", "Warning", "NOT_AVAILABLE", "Unknown");

    private OcsfFindings() {
    }

    static @Nullable OcsfFindingFilters filters(HubFindingQuery query) {
        List<CompositeFilter> composites = new ArrayList<>();
        anyOf(composites, OcsfStringField.METADATA_PRODUCT_NAME, query.productNames());
        anyOf(composites, OcsfStringField.COMPLIANCE_STATUS,
                query.complianceStatuses().stream().map(s -> OCSF_STATUS.getOrDefault(s, s)).toList());
        anyOf(composites, OcsfStringField.COMPLIANCE_CONTROL, query.securityControlIds());
        anyOf(composites, OcsfStringField.CLOUD_ACCOUNT_UID, query.accountIds());
        if (query.updatedSince() != null) {
            composites.add(CompositeFilter.builder().operator(AllowedOperators.AND)
                    .dateFilters(OcsfDateFilter.builder().fieldName(OcsfDateField.FINDING_INFO_MODIFIED_TIME_DT)
                            .filter(DateFilter.builder().start(query.updatedSince().toString())
                                    .end(AsffFindings.FAR_FUTURE).build())
                            .build())
                    .build());
        }
        return composites.isEmpty() ? null : OcsfFindingFilters.builder().compositeFilters(composites)
                .compositeOperator(AllowedOperators.AND).build();
    }

    private static void anyOf(List<CompositeFilter> composites, OcsfStringField field, List<String> values) {
        if (!values.isEmpty()) {
            composites.add(CompositeFilter.builder().operator(AllowedOperators.OR)
                    .stringFilters(values.stream().map(v -> OcsfStringFilter.builder().fieldName(field)
                            .filter(StringFilter.builder().value(v).comparison(StringFilterComparison.EQUALS).build())
                            .build()).toList())
                    .build());
        }
    }

    static HubFinding finding(Document f) {
        String region = text(f, "cloud.region");
        return new HubFinding(orEmpty(text(f, "finding_info.uid")), text(f, "metadata.product.uid"),
                orEmpty(text(f, "metadata.product.name")), orEmpty(text(f, "cloud.account.uid")),
                region != null ? region : orEmpty(text(f, "resources.region")),
                text(f, "resources.type"), text(f, "resources.uid"), text(f, "compliance.control"),
                complianceStatus(f), severity(f), orEmpty(text(f, "finding_info.title")),
                text(f, "remediation.desc"), text(f, "remediation.references"),
                time(f, "finding_info.first_seen_time"), time(f, "finding_info.last_seen_time"),
                time(f, "finding_info.modified_time"), workflowStatus(f), recordState(f),
                texts(f, "compliance.requirements"), texts(f, "compliance.standards"));
    }

    /** By {@code compliance.status_id} (1 pass, 2 warning, 3 fail), else by its caption. */
    private static @Nullable String complianceStatus(Document f) {
        Document id = at(f, "compliance.status_id");
        String caption = text(f, "compliance.status");
        if (id == null && caption == null) {
            return null;
        }
        int code = id != null && id.isNumber() ? id.asNumber().intValue() : -1;
        String word = caption == null ? "" : caption.toLowerCase(Locale.ROOT);
        if (code == 1 || word.equals("pass") || word.equals("passed")) {
            return "PASSED";
        }
        if (code == 3 || word.equals("fail") || word.equals("failed")) {
            return "FAILED";
        }
        return code == 2 || word.equals("warning") ? "WARNING" : "NOT_AVAILABLE";
    }

    /** OCSF's {@code severity} caption; {@code Fatal} is CRITICAL, {@code Unknown}/{@code Other} INFORMATIONAL. */
    private static String severity(Document f) {
        String caption = text(f, "severity");
        String label = caption == null ? "" : caption.toUpperCase(Locale.ROOT);
        return switch (label) {
            case "CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL" -> label;
            case "FATAL" -> "CRITICAL";
            default -> "INFORMATIONAL";
        };
    }

    /** OCSF's finding status in ASFF's workflow words ({@code In Progress} is NOTIFIED, as Security Hub maps it). */
    private static @Nullable String workflowStatus(Document f) {
        String status = text(f, "status");
        if (status == null) {
            return null;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "new" -> "NEW";
            case "in progress", "in_progress" -> "NOTIFIED";
            case "suppressed" -> "SUPPRESSED";
            case "resolved" -> "RESOLVED";
            default -> status.toUpperCase(Locale.ROOT);
        };
    }

    private static String recordState(Document f) {
        String status = text(f, "status");
        return status != null && (status.equalsIgnoreCase("archived") || status.equalsIgnoreCase("deleted"))
                ? "ARCHIVED" : "ACTIVE";
    }

    /** {@code <name>_dt} (ISO text) when present, else {@code <name>} (epoch milliseconds). */
    private static @Nullable Instant time(Document f, String path) {
        Instant parsed = AwsTimes.parse(text(f, path + "_dt"));
        if (parsed != null) {
            return parsed;
        }
        Document millis = at(f, path);
        return millis != null && millis.isNumber() ? Instant.ofEpochMilli(millis.asNumber().longValue()) : null;
    }

    /** The value at a dotted path; a list on the way stands for its first element. */
    static @Nullable Document at(Document root, String path) {
        Document current = root;
        for (String step : path.split("\\.")) {
            current = first(current);
            if (current == null || !current.isMap()) {
                return null;
            }
            current = current.asMap().get(step);
        }
        return current == null || current.isNull() ? null : current;
    }

    static @Nullable String text(Document root, String path) {
        Document value = first(at(root, path));
        if (value == null) {
            return null;
        }
        String text = value.isString() ? value.asString() : value.isNumber() ? value.asNumber().stringValue() : null;
        return AwsTimes.blankToNull(text);
    }

    private static List<String> texts(Document root, String path) {
        Document value = at(root, path);
        if (value == null) {
            return List.of();
        }
        List<Document> items = value.isList() ? value.asList() : List.of(value);
        return items.stream().filter(Document::isString).map(Document::asString).toList();
    }

    private static @Nullable Document first(@Nullable Document value) {
        if (value != null && value.isList()) {
            return value.asList().isEmpty() ? null : value.asList().getFirst();
        }
        return value;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
