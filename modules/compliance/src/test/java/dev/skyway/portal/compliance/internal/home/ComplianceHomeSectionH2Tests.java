package dev.skyway.portal.compliance.internal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.portal.compliance.ComplianceScores;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.platform.home.HomeCard;
import dev.skyway.portal.platform.home.HomeCard.HomeFigure;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.ComplianceTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.TestUsers;

/**
 * The security home card's framework scores come from the latest daily snapshot (computing them reads every open
 * finding); without a snapshot, or for a framework added since, they are computed.
 */
@SpringBootTest(classes = ComplianceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ComplianceHomeSectionH2Tests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    ComplianceHomeSection section;

    @Autowired
    FrameworkRows frameworks;

    @Autowired
    ComplianceScores scores;

    @Autowired
    JdbcTemplate jdbc;

    PortalUser security;

    @BeforeEach
    void noSnapshot() {
        jdbc.update("delete from compliance.score_snapshot");
        security = TestUsers.loginAs("sam", Role.SECURITY);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from compliance.score_snapshot");
        TestUsers.logout();
    }

    @Test
    void withoutASnapshotTheScoresAreComputed() {
        List<String> computed = scores.summary().frameworks().stream()
                .map(f -> f.counts().score() == null ? "–" : f.counts().score() + " %").toList();

        assertThat(frameworkValues()).isNotEmpty().isEqualTo(computed);
    }

    @Test
    void theLatestSnapshotsOrganizationScoresAreShown() {
        List<Framework> all = frameworks.all();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        all.forEach(f -> {
            snapshot(today.minusDays(1), f, 10);
            snapshot(today, f, 42);
            jdbc.update("insert into compliance.score_snapshot (snapshot_day, framework_ref, scope_kind, scope_value,"
                    + " passed, failed, manual, not_available, score, taken_at) values (?, ?, 'ACCOUNT', "
                    + "'382272806015', 1, 0, 0, 0, 100, current_timestamp)", today, f.id().toString());
        });

        assertThat(frameworkValues()).hasSize(all.size()).containsOnly("42 %");
        assertThat(section.cards(security).getFirst().figures()).extracting(HomeFigure::label)
                .startsWith(all.stream().map(Framework::name).toArray(String[]::new));
    }

    @Test
    void aFrameworkTheSnapshotDoesNotKnowIsComputed() {
        List<Framework> all = frameworks.all();
        assertThat(all).hasSizeGreaterThan(1);
        all.subList(1, all.size()).forEach(f -> snapshot(LocalDate.now(ZoneOffset.UTC), f, 42));

        assertThat(frameworkValues()).doesNotContain("42 %");
    }

    private List<String> frameworkValues() {
        HomeCard card = section.cards(security).getFirst();
        return card.figures().stream().limit(frameworks.all().size()).map(HomeFigure::value).toList();
    }

    private void snapshot(LocalDate day, Framework framework, int score) {
        jdbc.update("insert into compliance.score_snapshot (snapshot_day, framework_ref, scope_kind, scope_value, "
                + "passed, failed, manual, not_available, score, taken_at) values (?, ?, 'ORG', '', 1, 1, 0, 0, ?, "
                + "current_timestamp)", day, framework.id().toString(), score);
    }
}
