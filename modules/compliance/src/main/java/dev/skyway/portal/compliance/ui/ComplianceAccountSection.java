package dev.skyway.portal.compliance.ui;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountSection;
import dev.skyway.portal.compliance.ComplianceFindings;
import dev.skyway.portal.compliance.ComplianceFrameworks;
import dev.skyway.portal.compliance.ComplianceScores;
import dev.skyway.portal.compliance.FindingQuery;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.FrameworkScore;
import dev.skyway.portal.compliance.ScoreScope;
import dev.skyway.portal.compliance.Severity;

/**
 * The account page's compliance section: the account's score per framework, how many findings fail (and how many
 * of them are critical or high), and a link to its failing findings. Left out when the account has no findings or
 * the user does not see its compliance (another team's account).
 */
@Component
class ComplianceAccountSection implements AccountSection {

    private final ComplianceFindings findings;
    private final ComplianceScores scores;
    private final ComplianceFrameworks frameworks;

    ComplianceAccountSection(ComplianceFindings findings, ComplianceScores scores, ComplianceFrameworks frameworks) {
        this.findings = findings;
        this.scores = scores;
        this.frameworks = frameworks;
    }

    @Override
    public String title() {
        return "Compliance";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(Account account) {
        try {
            String id = account.id();
            if (count(id, null, null) == 0) {
                return Optional.empty();
            }
            long failing = count(id, FindingStatus.FAIL, null);
            long critical = count(id, FindingStatus.FAIL, Severity.CRITICAL);
            long high = count(id, FindingStatus.FAIL, Severity.HIGH);
            Div section = new Div();
            section.setId("account-compliance");
            Div scoresLine = new Div(new Span("Score: "));
            frameworks.all().forEach(f -> {
                FrameworkScore score = scores.framework(f.id(), ScoreScope.account(id));
                if (scoresLine.getComponentCount() > 1) {
                    scoresLine.add(new Span(" · "));
                }
                Span entry = new Span(f.name() + " " + ComplianceText.score(score.counts()));
                entry.addClassName("account-compliance-score");
                scoresLine.add(entry);
            });
            Div failingLine = new Div(new Span(failing + " failing findings (" + critical + " critical, " + high
                    + " high) "), new Anchor(ComplianceLinks.failingOnAccount(id), "See the failing findings"));
            failingLine.setId("account-compliance-failing");
            section.add(scoresLine, failingLine);
            return Optional.of(section);
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    private long count(String accountId, @Nullable FindingStatus status, @Nullable Severity severity) {
        return findings.search(new FindingQuery(accountId, status, null, null, severity, null, 0, 1)).total();
    }
}
