package dev.skyway.portal.cost.internal.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rollup SQL, and that nothing from the settings reaches it unchecked. */
class AthenaRollupQueryTests {

    static final AthenaTagKeys KEYS = new AthenaTagKeys(List.of("team", "owner-team"), List.of("cost-center"),
            "skyway:request-id");

    @Test
    void readsOnlyThePeriodsPartitionAndGroupsByDayAndEveryDimension() {
        String sql = new AthenaRollupQuery("cid_data_export", "focus", KEYS).dailySql("2025-11");

        assertThat(sql).contains("FROM \"cid_data_export\".\"focus\"")
                .contains("WHERE billing_period = '2025-11'")
                .contains("date(ChargePeriodStart) AS charge_day")
                .contains("date_format(BillingPeriodStart, '%Y-%m') AS billing_month")
                .contains("SUM(CAST(BilledCost AS decimal(38, 10))) AS billed_cost")
                .contains("SUM(CAST(ContractedCost AS decimal(38, 10))) AS contracted_cost")
                .contains("COUNT(*) AS line_items")
                .endsWith("GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17");
        assertThat(AthenaRollupQuery.DAILY_COLUMNS).hasSize(22).startsWith("charge_day").endsWith("line_items");
        assertThat(AthenaRollupQuery.DAILY_COLUMNS.indexOf("request_tag")).isEqualTo(16); // the last grouped column
    }

    @Test
    void tagsAreLookedUpWithAndWithoutTheUserPrefixFirstKeyFirst() {
        String sql = new AthenaRollupQuery("db", "focus", KEYS).dailySql("2025-11");

        assertThat(sql).contains("COALESCE(element_at(Tags, 'team'), element_at(Tags, 'user:team'), "
                        + "element_at(Tags, 'owner-team'), element_at(Tags, 'user:owner-team')) AS team_tag")
                .contains("COALESCE(element_at(Tags, 'cost-center'), element_at(Tags, 'user:cost-center')) "
                        + "AS cost_center_tag")
                .contains("COALESCE(element_at(Tags, 'skyway:request-id'), element_at(Tags, "
                        + "'user:skyway:request-id')) AS request_tag")
                .doesNotContain("Tags['");
    }

    @Test
    void aKeyAlreadyWithTheUserPrefixIsLookedUpOnceAndNoRequestKeyMeansNull() {
        String sql = new AthenaRollupQuery("db", "focus", new AthenaTagKeys(List.of("user:team"),
                List.of("cc"), null)).dailySql("2025-11");

        assertThat(sql).contains("element_at(Tags, 'user:team') AS team_tag")
                .contains("CAST(NULL AS varchar) AS request_tag");
    }

    @Test
    void theDefaultTagKeysAreTheSettingsDefaults() {
        assertThat(AthenaTagKeys.defaults()).isEqualTo(new AthenaTagKeys(List.of("team", "owner-team"),
                List.of("cost-center", "costcenter"), "skyway:request"));
    }

    @Test
    void databaseAndTableMustBePlainNames() {
        assertThatThrownBy(() -> new AthenaRollupQuery("db", "focus\" UNION SELECT * FROM secrets --", KEYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("portal.cost.athena.table");
        assertThatThrownBy(() -> new AthenaRollupQuery("db.other", "focus", KEYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("portal.cost.athena.database");
        assertThatThrownBy(() -> new AthenaRollupQuery(null, "focus", KEYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not set");
        assertThatThrownBy(() -> new AthenaRollupQuery("db", " ", KEYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not set");
        assertThat(new AthenaRollupQuery("cid-data-export", "focus_1_2", KEYS).dailySql("2025-01"))
                .contains("\"cid-data-export\".\"focus_1_2\"");
    }

    @Test
    void tagKeysThatCouldLeaveTheLiteralAreRefused() {
        assertThatThrownBy(() -> new AthenaTagKeys(List.of("team') OR 1=1 --"), List.of("cc"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("team tag key");
        assertThatThrownBy(() -> new AthenaTagKeys(List.of("team"), List.of("cc\\"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cost center tag key");
        assertThatThrownBy(() -> new AthenaTagKeys(List.of("team"), List.of("cc"), "req\"id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request tag key");
        assertThatThrownBy(() -> new AthenaTagKeys(List.of(), List.of("cc"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AthenaTagKeys(List.of("aws:createdBy", "Kosten stelle/Team=+-@_."), List.of("cc"), null)
                .team()).hasSize(2);
    }

    @Test
    void theTagRollupUnnestsTheTagsMapWithoutTheUserPrefix() {
        String sql = new AthenaRollupQuery("cid_data_export", "focus", KEYS).tagSql("2025-11");

        assertThat(sql).contains("FROM \"cid_data_export\".\"focus\"\nCROSS JOIN UNNEST(Tags) AS tag (tag_name, "
                        + "tag_text)")
                .contains("CASE WHEN tag.tag_name LIKE 'user:%' THEN substr(tag.tag_name, 6) ELSE tag.tag_name END "
                        + "AS tag_key")
                .contains("tag.tag_text AS tag_value")
                .contains("COALESCE(element_at(Tags, 'team'), element_at(Tags, 'user:team'), ")
                .contains("WHERE billing_period = '2025-11'")
                .endsWith("GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9");
        assertThat(AthenaRollupQuery.TAG_COLUMNS.get(8)).isEqualTo("billing_currency"); // the last grouped column
        assertThatThrownBy(() -> new AthenaRollupQuery("db", "focus", KEYS).tagSql("2025-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBillingPeriodMustBeAMonth() {
        AthenaRollupQuery query = new AthenaRollupQuery("db", "focus", KEYS);

        assertThatThrownBy(() -> query.dailySql("2025-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.dailySql("2025-11' OR '1'='1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.dailySql("202511")).isInstanceOf(IllegalArgumentException.class);
    }
}
