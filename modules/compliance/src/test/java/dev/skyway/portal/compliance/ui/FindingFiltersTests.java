package dev.skyway.portal.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;

import dev.skyway.portal.compliance.FindingQuery;
import dev.skyway.portal.compliance.FindingSort;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Severity;

/** The finding list's state in the URL: what a link says is what the list shows, and back. */
class FindingFiltersTests {

    static final UUID FSBP = UUID.fromString("6f1c2a4e-0d4b-4c59-9a0e-2b7b0a6c1d10");

    @Test
    void everyFilterAndTheOrderTravelInTheUrl() {
        FindingFilters filters = FindingFilters.parse(QueryParameters.fromString("account=382272806015"
                + "&severity=high&status=fail&control=IAM.6&framework=" + FSBP + "&source=prowler&sort=-last_seen"));

        assertThat(filters).isEqualTo(new FindingFilters("382272806015", null, Severity.HIGH, FindingStatus.FAIL,
                "IAM.6", FSBP, "PROWLER", new FindingSort(FindingSort.Column.LAST_SEEN, false)));
        assertThat(FindingFilters.parse(filters.toQueryParameters())).isEqualTo(filters);
        assertThat(filters.queryString()).isEqualTo("account=382272806015&severity=HIGH"
                + "&status=FAIL&control=IAM.6&framework=" + FSBP + "&source=PROWLER&sort=-last_seen");
    }

    @Test
    void noParametersIsEveryOpenFindingWorstFirstWithAnEmptyQueryString() {
        FindingFilters filters = FindingFilters.parse(QueryParameters.empty());

        assertThat(filters).isEqualTo(FindingFilters.NONE);
        assertThat(filters.isEmpty()).isTrue();
        assertThat(filters.queryString()).isEmpty();
        assertThat(filters.query(2, 50)).isEqualTo(new FindingQuery(null, null, null, null, null, null, 2, 50));
    }

    @Test
    void handEditedValuesThatDoNotParseAreDroppedNotAnErrorPage() {
        FindingFilters filters = FindingFilters.parse(QueryParameters.fromString(
                "severity=urgent&status=broken&framework=not-a-uuid&sort=colour&control=%20%20&team=payments"));

        assertThat(filters).isEqualTo(new FindingFilters(null, "payments", null, null, null, null, null,
                FindingSort.WORST_FIRST));
    }

    @Test
    void anAccountAndATeamTogetherKeepTheAccountTheNarrowerScope() {
        FindingFilters filters = FindingFilters.parse(QueryParameters.fromString(
                "account=382272806015&team=payments"));

        assertThat(filters.account()).isEqualTo("382272806015");
        assertThat(filters.team()).isNull();
        assertThat(filters.query(0, 50).team()).isNull();
    }

    @Test
    void sortColumnsAscendWithoutAndDescendWithAMinus() {
        assertThat(FindingFilters.sort("account")).isEqualTo(new FindingSort(FindingSort.Column.ACCOUNT, true));
        assertThat(FindingFilters.sort("-severity")).isEqualTo(FindingSort.WORST_FIRST);
        assertThat(FindingFilters.sortText(new FindingSort(FindingSort.Column.FIRST_SEEN, true)))
                .isEqualTo("first_seen");
    }

    @Test
    void theGridsSortOrderBecomesTheFacadesOrder() {
        assertThat(FindingsView.sort(List.of())).isEqualTo(FindingSort.WORST_FIRST);
        assertThat(FindingsView.sort(List.of(new QuerySortOrder("REGION", SortDirection.ASCENDING))))
                .isEqualTo(new FindingSort(FindingSort.Column.REGION, true));
        assertThat(FindingsView.sort(List.of(new QuerySortOrder("SEVERITY", SortDirection.DESCENDING))))
                .isEqualTo(FindingSort.WORST_FIRST);
    }

    @Test
    void linksFromTheHomeOpenTheFailingFindingsOfAnAccountOrATeam() {
        assertThat(ComplianceLinks.failingOnAccount("382272806015"))
                .isEqualTo("compliance/findings?account=382272806015&status=FAIL");
        assertThat(ComplianceLinks.failingOfTeam("payments")).isEqualTo("compliance/findings?team=payments&status=FAIL");
        assertThat(ComplianceLinks.evidencePack(FSBP, "382272806015"))
                .isEqualTo("api/v1/compliance/frameworks/" + FSBP + "/evidence?accountId=382272806015");
    }
}
