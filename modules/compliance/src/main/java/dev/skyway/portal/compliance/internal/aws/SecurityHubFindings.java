package dev.skyway.portal.compliance.internal.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import dev.skyway.portal.platform.aws.AwsCall;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFindingFilters;
import software.amazon.awssdk.services.securityhub.model.GetFindingsResponse;
import software.amazon.awssdk.services.securityhub.model.GetFindingsV2Response;
import software.amazon.awssdk.services.securityhub.model.OcsfFindingFilters;
import software.amazon.awssdk.services.securityhub.model.SortCriterion;
import software.amazon.awssdk.services.securityhub.model.SortOrder;

/**
 * Security Hub findings from the delegated administrator's aggregation Region: {@code GetFindings} (ASFF) or
 * {@code GetFindingsV2} (OCSF), {@value #PAGE_SIZE} per page, each page paced and retried by
 * {@link SecurityHubRequests} (a page that stays throttled is asked again, not the whole listing).
 */
public class SecurityHubFindings {

    /** Security Hub's maximum {@code MaxResults}. */
    public static final int PAGE_SIZE = 100;

    private final SecurityHubClient client;
    private final SecurityHubRequests requests;
    private final FindingsApi api;

    /** Reads with {@code GetFindings} (ASFF). */
    public SecurityHubFindings(SecurityHubClient client, SecurityHubRequests requests) {
        this(client, requests, FindingsApi.ASFF);
    }

    public SecurityHubFindings(SecurityHubClient client, SecurityHubRequests requests, FindingsApi api) {
        this.client = Objects.requireNonNull(client, "client");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * Hands every page of matching findings to {@code page} as soon as it arrives, so that a sync of hundreds of
     * thousands of findings stores them as it goes. ASFF pages come oldest {@code UpdatedAt} first.
     *
     * @return how many findings were handed over
     * @throws dev.skyway.portal.platform.aws.AwsCallException when Security Hub refuses, fails or keeps throttling;
     *                                                         the pages handed over before stay handed over
     */
    public int forEachPage(HubFindingQuery query, Consumer<List<HubFinding>> page) {
        return api == FindingsApi.ASFF ? asff(query, page) : ocsf(query, page);
    }

    /** Every matching finding, for small queries (one account, one control). */
    public List<HubFinding> findings(HubFindingQuery query) {
        List<HubFinding> all = new ArrayList<>();
        forEachPage(query, all::addAll);
        return all;
    }

    private int asff(HubFindingQuery query, Consumer<List<HubFinding>> page) {
        AwsCall call = SecurityHubRequests.call("read the findings" + since(query), "GetFindings");
        SortCriterion oldestFirst = SortCriterion.builder().field("UpdatedAt").sortOrder(SortOrder.ASC).build();
        AwsSecurityFindingFilters filters = AsffFindings.filters(query);
        int count = 0;
        String token = null;
        do {
            String current = token;
            GetFindingsResponse response = requests.findingsPage(call, () -> client.getFindings(r -> r
                    .filters(filters).sortCriteria(oldestFirst).maxResults(PAGE_SIZE).nextToken(current)));
            List<HubFinding> findings = response.findings().stream().map(AsffFindings::finding).toList();
            count += findings.size();
            page.accept(findings);
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
        return count;
    }

    private int ocsf(HubFindingQuery query, Consumer<List<HubFinding>> page) {
        AwsCall call = SecurityHubRequests.call("read the OCSF findings" + since(query), "GetFindingsV2");
        OcsfFindingFilters filters = OcsfFindings.filters(query);
        int count = 0;
        String token = null;
        do {
            String current = token;
            GetFindingsV2Response response = requests.findingsPage(call, () -> client.getFindingsV2(r -> r
                    .filters(filters).maxResults(PAGE_SIZE).nextToken(current)));
            List<HubFinding> findings = response.findings().stream().map(OcsfFindings::finding).toList();
            count += findings.size();
            page.accept(findings);
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
        return count;
    }

    private static String since(HubFindingQuery query) {
        return query.updatedSince() == null ? "" : " updated since " + query.updatedSince();
    }

    /** For tests and logs: which API this reads with. */
    public FindingsApi api() {
        return api;
    }
}
