package dev.skyway.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The compliance journeys: findings and waivers, drift, and a dropped scanner file with an attestation. */
class ComplianceJourneysIT extends BrowserJourney {

    @Test
    void securityOpensTheComplianceHomeFiltersFindingsOpensOneAndRequestsAWaiver() throws Exception {
        awaitSandboxCompliance();
        Page page = signedInAs("security");

        page.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Compliance")).click();
        assertThat(page).hasURL(Pattern.compile(".*/compliance$"));
        assertThat(page.locator("#compliance-scope")).containsText("all accounts");
        assertThat(page.locator("#compliance-kpis")).containsText("since yesterday");
        assertThat(page.locator("#compliance-trend-chart svg").first()).isVisible();
        assertThat(page.locator("#compliance-worst-accounts vaadin-grid-cell-content a").first()).isVisible();
        assertThat(page.locator("#compliance-changes-counts")).containsText("fixed");
        page.setViewportSize(1280, 1400);
        screenshot(page, "compliance-home");
        accessible(page, "compliance home");
        page.setViewportSize(1280, 800);

        // the worst account's failing findings (a link with the filters in the URL), then only the high ones
        page.locator("#compliance-worst-accounts vaadin-grid-cell-content a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/compliance/findings\\?account=\\d{12}&status=FAIL$"));
        assertThat(page.locator("#findings-total")).containsText("findings");
        choose(page, "#findings-severity", "High");
        assertThat(page).hasURL(Pattern.compile(".*severity=HIGH.*"));
        Locator firstControl = page.locator("#findings-grid vaadin-grid-cell-content a").first();
        assertThat(firstControl).isVisible();
        screenshot(page, "compliance-findings");
        accessible(page, "findings");
        Download csv = page.waitForDownload(() -> page.locator("#findings-export").click());
        assertTrue(Files.readString(csv.path()).startsWith("id,account,control,"), "the findings CSV");

        firstControl.click();
        assertThat(page).hasURL(Pattern.compile(".*/compliance/findings/[0-9a-f-]{36}$"));
        assertThat(page.locator("#finding-facts")).containsText("HIGH");
        assertThat(page.locator("#finding-history")).containsText("First seen");

        // a waiver request: the facade's per-field problems show under the fields, then it goes to approval
        page.locator("#finding-request-waiver").click();
        page.locator("#waiver-submit").click();
        assertThat(page.locator("#waiver-reason")).containsText("Reason is required");
        assertThat(page.locator("#waiver-expires-on")).containsText("Last day is required");
        screenshot(page, "compliance-waiver-problems");
        page.locator("#waiver-reason textarea").fill("The bucket is replaced by the new data platform next month");
        page.locator("#waiver-compensating-control textarea").fill("Access logged and reviewed weekly");
        page.locator("#waiver-expires-on input").fill(java.time.LocalDate.now().plusDays(30)
                .format(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy")));
        page.locator("#waiver-expires-on input").press("Enter");
        page.locator("#waiver-submit").click();
        assertThat(page.locator("#waiver-dialog")).hasCount(0);
        assertThat(page.locator("#finding-waivers")).containsText("PENDING_APPROVAL");
        assertThat(page.locator("vaadin-notification-card")).hasCount(0); // gone after a few seconds
        page.setViewportSize(1280, 1100);
        screenshot(page, "compliance-finding");
        accessible(page, "finding page");
        page.setViewportSize(1280, 800);

        // the account page's compliance section (contributed by compliance through the accounts extension point)
        String findingUrl = page.url();
        page.locator("#finding-facts a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/accounts/\\d{12}$"));
        assertThat(page.locator("#account-compliance-failing")).containsText("failing findings");
        screenshot(page, "compliance-account");
        page.locator("#account-compliance-failing a").click();
        assertThat(page).hasURL(Pattern.compile(".*/compliance/findings\\?account=\\d{12}&status=FAIL$"));
        assertThat(page.locator("#findings-grid vaadin-grid-cell-content a").first()).isVisible();
        page.navigate(findingUrl);

        page.navigate(url("/compliance/waivers?status=PENDING_APPROVAL"));
        assertThat(page.locator("#waivers-grid")).containsText("next month");
        screenshot(page, "compliance-waivers");
        accessible(page, "waivers");

        page.navigate(url("/compliance/frameworks"));
        page.locator("#frameworks-grid vaadin-grid-cell-content a").first().click();
        assertThat(page.locator("#framework-requirements")).containsText("FAIL");
        assertThat(page.locator("#framework-evidence-pack")).hasAttribute("href",
                Pattern.compile(".*api/v1/compliance/frameworks/[0-9a-f-]{36}/evidence$"));
        screenshot(page, "compliance-frameworks");
        accessible(page, "frameworks");
        assertNoPageErrors();
    }

    /** The sandbox replays 90 days of findings after the first inventory sync; today's snapshot comes last. */
    private void awaitSandboxCompliance() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        awaitApi("security", "/api/v1/compliance/trends", Duration.ofMinutes(8), true,
                answer -> answer.text().contains("\"day\":\"" + today));
    }

    @Test
    void securitySeesDriftedStacksWithTheirPropertyDiffAndChecksOneNow(
            @org.springframework.beans.factory.annotation.Autowired
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        checkedStack(jdbc, "SC-382272806015-pp-web-service", "DRIFTED", List.of(
                new String[] {"WebSecurityGroup", "sg-0a1b2c3d4e5f60718", "AWS::EC2::SecurityGroup", "MODIFIED",
                        "[{\"propertyPath\":\"/SecurityGroupIngress/1\",\"expectedValue\":null,\"actualValue\":"
                                + "\"{\\\"CidrIp\\\":\\\"0.0.0.0/0\\\",\\\"FromPort\\\":22}\",\"differenceType\":\"ADD\"}]"},
                new String[] {"AssetsBucket", "web-service-assets", "AWS::S3::Bucket", "MODIFIED",
                        "[{\"propertyPath\":\"/VersioningConfiguration/Status\",\"expectedValue\":\"Enabled\","
                                + "\"actualValue\":\"Suspended\",\"differenceType\":\"NOT_EQUAL\"}]"}));
        checkedStack(jdbc, "SC-382272806015-pp-static-site", "IN_SYNC", List.of());
        Page page = signedInAs("security", "/compliance/drift");

        Locator stacks = page.locator("#drift-stacks");
        assertThat(stacks).containsText("pp-static-site");
        stacks.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("pp-web-service"))
                .first().click();
        assertThat(page.locator(".drift-resources").first()).containsText("WebSecurityGroup");
        assertThat(page.locator(".drift-resources").first()).containsText("/VersioningConfiguration/Status");
        screenshot(page, "compliance-drift");
        accessible(page, "drift");

        page.locator(".drift-check-now").first().click();
        assertThat(stacks).containsText("Checking");
        screenshot(page, "compliance-drift-checking");
        // the sandbox's detection takes seconds (longer when the scheduled check of every stack runs meanwhile)
        assertThat(stacks).not().containsText("Checking", new com.microsoft.playwright.assertions.LocatorAssertions
                .ContainsTextOptions().setTimeout(180_000));
        assertThat(stacks).containsText("pp-web-service");
        assertNoPageErrors();
    }

    /** A finished drift check of a made-up stack, as the sandbox's compliance seed (off in the tests) records it. */
    private static void checkedStack(org.springframework.jdbc.core.JdbcTemplate jdbc, String name, String status,
                                     List<String[]> drifted) {
        java.util.UUID id = java.util.UUID.randomUUID();
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update("insert into compliance.drift_check (id, stack_id, stack_name, account_id, region, detection_id, "
                + "status, stack_drift_status, drifted_resources, requested_by, started_at, finished_at) values "
                + "(?, ?, ?, '382272806015', 'eu-west-1', ?, 'DETECTION_COMPLETE', ?, ?, 'system', ?, ?)", id,
                "arn:aws:cloudformation:eu-west-1:382272806015:stack/" + name + "/" + id, name, id.toString(), status,
                drifted.size(), now, now);
        for (String[] r : drifted) {
            jdbc.update("insert into compliance.resource_drift (check_id, logical_resource_id, physical_resource_id, "
                    + "resource_type, drift_status, property_differences, detected_at) values (?, ?, ?, ?, ?, ?, ?)",
                    id, r[0], r[1], r[2], r[3], r[4], now);
        }
    }

    @Test
    void securitySeesADroppedProwlerFileImportedAndAttestsAManualRequirement() throws Exception {
        awaitSandboxCompliance();
        // the sandbox's drop location: <portal.compliance.data-dir>/drops (target/compliance-data in the tests)
        java.nio.file.Path drops = java.nio.file.Path.of("target", "compliance-data", "drops", "prowler");
        Files.createDirectories(drops);
        String name = "prowler-output-" + System.currentTimeMillis() + ".ocsf.json";
        Files.copy(java.nio.file.Path.of("..", "modules", "compliance", "src", "test", "resources", "findings",
                "prowler-ocsf.json"), drops.resolve(name));
        Page page = signedInAs("security", "/compliance/frameworks");

        assertThat(page.locator("#findings-drops-where")).containsText("drops");
        page.locator("#findings-drops-sync-now").click();
        awaitOnReload(page, "#findings-drops-grid", name);
        assertThat(page.locator("#findings-drops-grid")).containsText("COMPLETED");
        page.locator("#findings-drops").scrollIntoViewIfNeeded();
        screenshot(page, "compliance-drops");

        // a MANUAL requirement of CIS: the facade's per-field problems show under the fields, then it is pending
        page.locator("#frameworks-grid vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText("CIS"))
                .first().click();
        page.locator("#framework-requirements .attest-button").first().click();
        page.locator("#attestation-evidence-url input").fill("ftp://files.example.com/contacts.pdf");
        page.locator("#attestation-submit").click();
        assertThat(page.locator("#attestation-statement")).containsText("Statement is required");
        assertThat(page.locator("#attestation-evidence-url")).containsText("must be an http or https link");
        assertThat(page.locator("#attestation-valid-until")).containsText("Valid until is required");
        screenshot(page, "compliance-attestation-problems");
        page.locator("#attestation-statement textarea").fill("Contact details are reviewed every quarter");
        page.locator("#attestation-evidence-url input").fill("https://wiki.example.com/security/contacts");
        page.locator("#attestation-valid-until input").fill(java.time.LocalDate.now().plusDays(90)
                .format(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy")));
        page.locator("#attestation-valid-until input").press("Enter");
        page.locator("#attestation-submit").click();
        assertThat(page.locator("#attestation-dialog")).hasCount(0);
        assertThat(page.locator("#framework-requirements")).containsText("PENDING");
        screenshot(page, "compliance-attestation");
        assertNoPageErrors();
    }
}
