package dev.skyway.portal.compliance.internal.aws;

import static dev.skyway.portal.compliance.internal.aws.AwsTimes.blankToNull;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.DescribeStandardsControlsResponse;
import software.amazon.awssdk.services.securityhub.model.DescribeStandardsResponse;
import software.amazon.awssdk.services.securityhub.model.GetEnabledStandardsResponse;
import software.amazon.awssdk.services.securityhub.model.ListSecurityControlDefinitionsResponse;
import software.amazon.awssdk.services.securityhub.model.ListStandardsControlAssociationsResponse;
import software.amazon.awssdk.services.securityhub.model.SecurityControlDefinition;
import software.amazon.awssdk.services.securityhub.model.StandardsControl;
import software.amazon.awssdk.services.securityhub.model.StandardsControlAssociationSummary;
import software.amazon.awssdk.services.securityhub.model.StandardsSubscription;

/**
 * What Security Hub checks: the standards it offers and those enabled, the security controls, and which controls
 * are enabled in which standard (the denominator of a score is the enabled controls). Every listing is read page by
 * page, {@value #PAGE_SIZE} at a time.
 */
public class SecurityHubControls {

    public static final int PAGE_SIZE = 100;

    private final SecurityHubClient client;
    private final SecurityHubRequests requests;

    public SecurityHubControls(SecurityHubClient client, SecurityHubRequests requests) {
        this.client = Objects.requireNonNull(client, "client");
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    /** Every standard Security Hub offers, with its name ({@code DescribeStandards}). */
    public List<HubStandardDefinition> standards() {
        AwsCall call = SecurityHubRequests.call("list the security standards", "DescribeStandards");
        return requests.pages(call, token -> client.describeStandards(r -> r.maxResults(PAGE_SIZE).nextToken(token)),
                        DescribeStandardsResponse::nextToken).stream()
                .flatMap(page -> page.standards().stream())
                .map(s -> new HubStandardDefinition(s.standardsArn(), orEmpty(s.name()), blankToNull(s.description()),
                        Boolean.TRUE.equals(s.enabledByDefault())))
                .toList();
    }

    /** The standards enabled in the account ({@code GetEnabledStandards}). */
    public List<HubStandard> enabledStandards() {
        AwsCall call = SecurityHubRequests.call("list the enabled standards", "GetEnabledStandards");
        return requests.pages(call, token -> client.getEnabledStandards(r -> r.maxResults(PAGE_SIZE)
                        .nextToken(token)), GetEnabledStandardsResponse::nextToken).stream()
                .flatMap(page -> page.standardsSubscriptions().stream())
                .map(SecurityHubControls::standard)
                .toList();
    }

    /**
     * The security controls ({@code ListSecurityControlDefinitions}).
     *
     * @param standardsArn only the controls of this standard; absent for every control Security Hub has
     */
    public List<HubControlDefinition> controlDefinitions(@Nullable String standardsArn) {
        AwsCall call = SecurityHubRequests.call("list the security controls"
                + (standardsArn == null ? "" : " of " + standardsArn), "ListSecurityControlDefinitions");
        return requests.pages(call, token -> client.listSecurityControlDefinitions(r -> r.standardsArn(standardsArn)
                        .maxResults(PAGE_SIZE).nextToken(token)),
                        ListSecurityControlDefinitionsResponse::nextToken).stream()
                .flatMap(page -> page.securityControlDefinitions().stream())
                .map(SecurityHubControls::definition)
                .toList();
    }

    /**
     * In which enabled standards a control is enabled ({@code ListStandardsControlAssociations}, the API AWS
     * documents for consolidated controls).
     */
    public List<HubControlAssociation> controlAssociations(String securityControlId) {
        AwsCall call = SecurityHubRequests.call("list the standards of control " + securityControlId,
                "ListStandardsControlAssociations");
        return requests.pages(call, token -> client.listStandardsControlAssociations(r -> r
                        .securityControlId(securityControlId).maxResults(PAGE_SIZE).nextToken(token)),
                        ListStandardsControlAssociationsResponse::nextToken).stream()
                .flatMap(page -> page.standardsControlAssociationSummaries().stream())
                .map(SecurityHubControls::association)
                .toList();
    }

    /**
     * Every control of one enabled standard with whether it is enabled ({@code DescribeStandardsControls}): one
     * listing per standard instead of one per control. Empty while the subscription is
     * {@code NOT_READY_FOR_UPDATES}.
     */
    public List<HubStandardControl> standardControls(String subscriptionArn) {
        AwsCall call = SecurityHubRequests.call("list the controls of " + subscriptionArn,
                "DescribeStandardsControls");
        return requests.pages(call, token -> client.describeStandardsControls(r -> r
                        .standardsSubscriptionArn(subscriptionArn).maxResults(PAGE_SIZE).nextToken(token)),
                        DescribeStandardsControlsResponse::nextToken).stream()
                .flatMap(page -> page.controls().stream())
                .map(SecurityHubControls::standardControl)
                .toList();
    }

    private static HubStandard standard(StandardsSubscription s) {
        return new HubStandard(s.standardsSubscriptionArn(), s.standardsArn(), orEmpty(s.standardsStatusAsString()),
                blankToNull(s.standardsControlsUpdatableAsString()),
                s.standardsStatusReason() == null ? null
                        : blankToNull(s.standardsStatusReason().statusReasonCodeAsString()));
    }

    private static HubControlDefinition definition(SecurityControlDefinition d) {
        return new HubControlDefinition(d.securityControlId(), orEmpty(d.title()), blankToNull(d.description()),
                blankToNull(d.remediationUrl()), orEmpty(d.severityRatingAsString()),
                blankToNull(d.currentRegionAvailabilityAsString()));
    }

    private static HubControlAssociation association(StandardsControlAssociationSummary a) {
        return new HubControlAssociation(a.securityControlId(), a.standardsArn(), orEmpty(a.associationStatusAsString()),
                a.relatedRequirements(), a.updatedAt(), blankToNull(a.updatedReason()),
                blankToNull(a.standardsControlTitle()));
    }

    private static HubStandardControl standardControl(StandardsControl c) {
        return new HubStandardControl(c.standardsControlArn(), orEmpty(c.controlId()), orEmpty(c.title()),
                orEmpty(c.controlStatusAsString()), blankToNull(c.disabledReason()), c.controlStatusUpdatedAt(),
                orEmpty(c.severityRatingAsString()), blankToNull(c.remediationUrl()), c.relatedRequirements());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
