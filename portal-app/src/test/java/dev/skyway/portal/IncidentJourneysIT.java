package dev.skyway.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The incident journeys: from an alert to a resolved incident and its postmortem, and an incident's buttons. */
class IncidentJourneysIT extends BrowserJourney {

    @Test
    void engineerTakesAnAlertThroughAnIncidentToResolution() {
        // an admin creates an Events API integration through the API; monitoring posts an alert to it
        var admin = apiAs("admin");
        String integrationId;
        try {
            APIResponse created = admin.post(url("/api/v1/incidents/integrations"),
                    com.microsoft.playwright.options.RequestOptions.create().setData(Map.of("type", "events",
                            "name", "journey-" + Long.toHexString(System.nanoTime()))));
            assertEquals(201, created.status(), created::text);
            integrationId = jsonField(created.text(), "id");
            String secret = jsonField(created.text(), "secret");
            APIResponse alert = playwright.request().newContext().post(url(jsonField(created.text(), "url")),
                    com.microsoft.playwright.options.RequestOptions.create()
                            .setHeader("Authorization", "Bearer " + secret).setData(Map.of(
                                    "event_action", "trigger", "dedup_key", "checkout-5xx",
                                    "payload", Map.of("summary", "Checkout API 5xx rate above 5%",
                                            "severity", "critical", "source", "checkout-api.eu-central-1",
                                            "custom_details", Map.of("aws_account_id", "123456789012")))));
            assertEquals(202, alert.status(), alert::text);
        } finally {
            admin.dispose();
        }

        Page page = signedInAs("engineer", "/incidents/alerts?integrationId=" + integrationId);
        assertThat(page.locator("#alerts-grid")).containsText("Checkout API 5xx rate above 5%");
        screenshot(page, "incidents-1-alerts");
        accessible(page, "alerts");

        // declare an incident for the alert: SEV3, so no change freeze touches the other journeys' account
        page.locator("#alerts-grid .alert-declare").first().click();
        assertThat(page.locator("#declare-title input")).hasValue("Checkout API 5xx rate above 5%");
        page.locator("#declare-title input").fill("");
        page.locator("#declare-submit").click();
        assertThat(page.locator("#declare-title")).containsText("Must have 1 to 255 characters");
        page.locator("#declare-title input").fill("Checkout returns 5xx");
        page.locator("#declare-severity").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("SEV3")).click();
        page.locator("#declare-summary textarea").fill("Customers cannot pay; the 5xx rate is above 5%.");
        screenshot(page, "incidents-2-declare");
        accessible(page, "declare incident dialog");
        page.locator("#declare-submit").click();

        assertThat(page).hasURL(Pattern.compile(".*/incidents/[0-9a-f-]{36}$"));
        assertThat(page.locator("#incident-facts .incident-status")).hasText("TRIGGERED");
        assertThat(page.locator("#incident-facts .account-link")).hasText("123456789012");
        assertThat(page.locator("#incident-alerts")).containsText("Checkout API 5xx rate above 5%");
        assertThat(page.locator("#move-closed")).hasCount(0);
        page.locator("#move-acknowledged").click();
        assertThat(page.locator("#incident-facts .incident-status")).hasText("ACKNOWLEDGED");
        page.locator("#note-text textarea").fill("Error rate rose right after the 14:02 deploy; rolling back.");
        page.locator("#note-add").click();
        assertThat(page.locator("#incident-timeline")).containsText("rolling back");
        page.locator("#move-mitigated").click();
        assertThat(page.locator("#incident-facts .incident-status")).hasText("MITIGATED");
        assertThat(page.locator("#incident-timestamps [data-timestamp=mitigated]")).not().containsText("—");
        page.setViewportSize(1280, 1800); // the whole incident page: the layout scrolls inside, not the document
        screenshot(page, "incidents-3-mitigated");
        page.locator("#move-resolved").click();
        assertThat(page.locator("#incident-facts .incident-status")).hasText("RESOLVED");
        assertThat(page.locator("#postmortem-link")).isVisible();
        assertThat(page.locator("#incident-changes")).containsText("What changed");
        screenshot(page, "incidents-4-resolved");
        accessible(page, "incident page");
        page.setViewportSize(1280, 800);

        page.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Incidents")).click();
        assertThat(page).hasURL(Pattern.compile(".*/incidents$"));
        assertThat(page.locator("#incidents-grid")).containsText("Checkout returns 5xx");
        screenshot(page, "incidents-5-list");
        accessible(page, "incidents");
        // the pages of the area link to each other in one row, the current one marked
        page.locator("#incidents-sections a", new Page.LocatorOptions().setHasText("Alerts")).click();
        assertThat(page).hasURL(Pattern.compile(".*/incidents/alerts$"));
        assertThat(page.locator("#incidents-sections a[aria-current=page]")).hasText("Alerts");
        assertThat(page.locator("vaadin-side-nav-item[current]")).hasCount(1); // the area's entry stands for Alerts
        assertThat(page.locator("vaadin-side-nav-item[current]")).containsText("Incidents");
        assertThat(page.locator("#incidents-sections a")).hasCount(3); // Integrations is for platform admins
        assertNoPageErrors();
    }

    /**
     * The alert and role buttons of an incident: an alert goes onto one open incident, then is moved to another (the
     * portal asks first: it is still on the first), and a scribe is given the role and has it taken away again.
     */
    @Test
    void engineerAttachesAnAlertMovesItToAnotherIncidentThenAssignsAndRemovesAScribe() {
        var engineerApi = apiAs("engineer");
        var admin = apiAs("admin");
        String run = Long.toHexString(System.nanoTime());
        String summary = "Payments queue depth above 10k (" + run + ")";
        String integrationId;
        String first;
        String second;
        try {
            APIResponse created = admin.post(url("/api/v1/incidents/integrations"),
                    com.microsoft.playwright.options.RequestOptions.create().setData(Map.of("type", "events",
                            "name", "journey-attach-" + run)));
            assertEquals(201, created.status(), created::text);
            integrationId = jsonField(created.text(), "id");
            APIResponse alert = playwright.request().newContext().post(url(jsonField(created.text(), "url")),
                    com.microsoft.playwright.options.RequestOptions.create()
                            .setHeader("Authorization", "Bearer " + jsonField(created.text(), "secret"))
                            .setData(Map.of("event_action", "trigger", "dedup_key", "payments-queue-" + run,
                                    "payload", Map.of("summary", summary, "severity", "warning",
                                            "source", "payments-worker.eu-central-1"))));
            assertEquals(202, alert.status(), alert::text);
            // two open incidents, SEV3 (no change freeze for the other journeys): the alert goes to one, then the other
            first = declare(engineerApi, "Payments backlog grows (" + run + ")");
            second = declare(engineerApi, "Payments workers starved (" + run + ")");
        } finally {
            admin.dispose();
        }
        String firstReference = jsonField(engineerApi.get(url("/api/v1/incidents/" + first)).text(), "reference");
        String secondReference = jsonField(engineerApi.get(url("/api/v1/incidents/" + second)).text(), "reference");

        Page page = signedInAs("engineer", "/incidents/alerts?integrationId=" + integrationId);
        assertThat(page.locator("#alerts-grid")).containsText(summary);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach to incident")).click();
        attachTo(page, firstReference, "Payments backlog grows (" + run + ")");
        screenshot(page, "incidents-attach-1-dialog");
        accessible(page, "attach alert dialog");
        page.locator("#attach-submit").click();
        assertThat(page.locator("#attach-dialog")).hasCount(0);
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Alert attached to "
                + firstReference);
        assertThat(page.locator("#alerts-grid .alert-incident-link")).hasAttribute("href",
                Pattern.compile(".*incidents/" + first + "$"));

        // moving it: the first answer is that the alert is still on the first incident; ticking the box moves it
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the alert to another incident"))
                .click();
        attachTo(page, secondReference, "Payments workers starved (" + run + ")");
        page.locator("#attach-submit").click();
        assertThat(page.locator("#attach-error")).hasText("The alert is on " + firstReference
                + ", which is still open: tick the box to move it here.");
        assertThat(page.locator("#attach-move")).isVisible();
        screenshot(page, "incidents-attach-2-move");
        accessible(page, "attach alert dialog (move)");
        page.locator("#attach-move").click();
        page.locator("#attach-submit").click();
        assertThat(page.locator("#attach-dialog")).hasCount(0);
        assertThat(page.locator("#alerts-grid .alert-incident-link")).hasAttribute("href",
                Pattern.compile(".*incidents/" + second + "$"));
        accessible(page, "alerts (attached)");

        page.locator("#alerts-grid .alert-incident-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/incidents/" + second + "$"));
        assertThat(page.locator("#incident-alerts")).containsText(summary);
        assertThat(page.locator("#incident-timeline .timeline-entry[data-kind=ALERT]"))
                .containsText("Alert attached by Erin Engineer: " + summary);

        // a scribe is given the role, then has it taken away again
        page.locator("#assign-scribe").click();
        page.locator("#role-user input").fill("lead");
        page.locator("#role-name input").fill("Lee Lead");
        accessible(page, "assign role dialog");
        page.locator("#role-save").click();
        Locator scribe = page.locator("#incident-roles .role-row[data-role=SCRIBE]");
        assertThat(scribe.locator(".role-holder")).hasText("Lee Lead");
        assertThat(page.locator("#incident-timeline")).containsText("Lee Lead is scribe");
        screenshot(page, "incidents-attach-3-scribe");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Lee Lead as scribe")).click();
        assertThat(scribe.locator(".role-holder")).hasText("—");
        assertThat(page.locator("#remove-scribe")).hasCount(0);
        assertThat(page.locator("#incident-timeline")).containsText("Lee Lead is no longer scribe");
        page.setViewportSize(1280, 1800);
        screenshot(page, "incidents-attach-4-scribe-removed");
        accessible(page, "incident page (roles)");
        page.setViewportSize(1280, 800);

        // the API agrees: the alert is on the second incident, both timelines say so, and nobody is scribe
        try {
            String alerts = engineerApi.get(url("/api/v1/incidents/alerts?integrationId=" + integrationId)).text();
            assertEquals(List.of(second), com.jayway.jsonpath.JsonPath.read(alerts, "$.items[*].incidentId"));
            String timeline = engineerApi.get(url("/api/v1/incidents/" + second + "/timeline")).text();
            List<String> titles = com.jayway.jsonpath.JsonPath.read(timeline, "$[*].title");
            assertTrue(titles.contains("Alert attached by Erin Engineer: " + summary), titles::toString);
            assertTrue(titles.indexOf("Lee Lead is scribe") < titles.indexOf("Lee Lead is no longer scribe"),
                    titles::toString);
            List<String> before = com.jayway.jsonpath.JsonPath.read(engineerApi.get(url("/api/v1/incidents/" + first
                    + "/timeline")).text(), "$[*].title");
            assertTrue(before.contains("Alert moved to " + secondReference + ": " + summary), before::toString);
            List<String> roles = com.jayway.jsonpath.JsonPath.read(engineerApi.get(url("/api/v1/incidents/" + second
                    + "/roles")).text(), "$[*].role");
            assertTrue(!roles.contains("SCRIBE"), roles::toString);
        } finally {
            engineerApi.dispose();
        }
        assertNoPageErrors();
    }

    /** Declares a SEV3 incident through the API and answers its id. */
    private String declare(com.microsoft.playwright.APIRequestContext api, String title) {
        APIResponse declared = api.post(url("/api/v1/incidents"), com.microsoft.playwright.options.RequestOptions
                .create().setData(Map.of("title", title, "severity", "SEV3", "accountIds", List.of("123456789012"),
                        "summary", "Declared by the attach journey.")));
        assertEquals(201, declared.status(), declared::text);
        return jsonField(declared.text(), "id");
    }

    /** Chooses the open incident titled {@code title} in the attach dialog's combo box, typing as a user would. */
    private static void attachTo(Page page, String reference, String title) {
        Locator input = page.locator("#attach-incident input");
        input.click();
        input.fill(title);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(title)).first().click();
        assertThat(page.locator("#attach-incident input")).hasValue(reference + " · SEV3 · " + title);
    }

    @Test
    void engineerWritesAndPublishesThePostmortemOfAResolvedIncidentThenReadsTheMetrics() throws Exception {
        var api = playwright.request().newContext(new com.microsoft.playwright.APIRequest.NewContextOptions()
                .setExtraHTTPHeaders(java.util.Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("engineer:demo".getBytes()), "Content-Type", "application/json")));
        String id;
        try {
            var declared = api.post(url("/api/v1/incidents"), com.microsoft.playwright.options.RequestOptions.create()
                    .setData("{\"title\": \"Checkout returns 500s\", \"severity\": \"SEV3\", \"accountIds\": "
                            + "[\"383317268332\"], \"summary\": \"A share of checkouts failed after a deploy.\"}"));
            assertEquals(201, declared.status(), declared.text());
            id = declared.text().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
            for (String to : List.of("ACKNOWLEDGED", "MITIGATED", "RESOLVED")) {
                assertEquals(200, api.post(url("/api/v1/incidents/" + id + "/transitions"),
                        com.microsoft.playwright.options.RequestOptions.create()
                                .setData("{\"to\": \"" + to + "\"}")).status());
            }
        } finally {
            api.dispose();
        }
        Page page = signedInAs("engineer", "/incidents/" + id + "/postmortem");

        assertThat(page.locator("#postmortem-state")).containsText("Template");
        assertThat(page.locator("#postmortem-timeline textarea"))
                .hasValue(Pattern.compile("Status: MITIGATED → RESOLVED"));
        page.locator("#postmortem-root-causes textarea").fill("The deploy shipped a connection pool of 5 "
                + "instead of 50.");
        page.locator("#postmortem-went-well textarea").fill("The alarm fired within two minutes; rollback took "
                + "five.");
        page.locator("#action-item-title input").fill("Check pool sizes in the deploy gate");
        page.locator("#action-item-owner input").fill("erin@example.com");
        page.locator("#action-item-due input").fill("2026-12-31");
        page.locator("#action-item-due input").press("Enter");
        page.locator("#action-item-add").click();
        assertThat(page.locator("#action-items")).containsText("Check pool sizes in the deploy gate");
        page.locator("#postmortem-save").click();
        assertThat(page.locator("#postmortem-state")).hasText("Draft");
        assertThat(page.locator("#postmortem-markdown")).isVisible();
        screenshot(page, "incident-postmortem");
        accessible(page, "postmortem");
        page.locator("#postmortem-publish").click();
        assertThat(page.locator("#postmortem-state")).hasText("Published");
        assertThat(page.locator("#postmortem-note")).containsText("the incident is closed");
        screenshot(page, "incident-postmortem-published");

        page.navigate(url("/incidents/metrics"));
        assertThat(page.locator("#kpi-count")).not().hasText("0");
        assertThat(page.locator("#kpi-action-items")).hasText("1");
        assertThat(page.locator("#metrics-weekly svg").first()).isVisible();
        assertThat(page.locator("#metrics-teams")).isVisible();
        screenshot(page, "incident-metrics");
        accessible(page, "incident metrics");
        assertNoPageErrors();
    }
}
