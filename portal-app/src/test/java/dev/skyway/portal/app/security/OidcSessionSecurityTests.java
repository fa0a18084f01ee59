package dev.skyway.portal.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * An OIDC login's roles follow the IdP: when the tokens are refreshed (their expiry passed), the portal maps the
 * IdP's current groups to roles again; at the next login too. If the IdP refuses the refresh, the session ends.
 */
class OidcSessionSecurityTests extends OidcIntegrationTestSupport {

    /** Below Spring Security's 60 s clock skew: the portal treats these tokens as expired at once. */
    private static final long EXPIRING_NOW = 30;

    @Test
    void rolesChangedAtTheIdpArePickedUpWhenTheTokensAreRefreshed() {
        Browser browser = new Browser();
        String subject = newSubject();
        logIn(browser, subject, List.of("portal-engineers"), EXPIRING_NOW);

        idpAnswersLoginsWith(subject, userClaims("alice", List.of("portal-engineers", "portal-approvers")), 3600);

        assertThat(roles(browser.me())).containsExactly("APPROVER", "ENGINEER");
    }

    @Test
    void rolesChangedAtTheIdpArePickedUpAtTheNextLogin() {
        Browser browser = new Browser();
        String subject = newSubject();
        logIn(browser, subject, List.of("portal-engineers", "portal-approvers"), 3600);
        assertThat(roles(browser.me())).containsExactly("APPROVER", "ENGINEER");

        logIn(browser, subject, List.of("portal-engineers"), 3600);

        assertThat(roles(browser.me())).containsExactly("ENGINEER");
    }

    @Test
    void aLoginWhoseRefreshTheIdpRefusesEnds() {
        Browser browser = new Browser();
        String subject = newSubject();
        logIn(browser, subject, List.of("portal-engineers"), EXPIRING_NOW);

        TOKEN_ENDPOINT_OVERRIDE.answerNextTokenRequestWith("{\"error\":\"invalid_grant\"}");

        assertThat(browser.me().statusCode()).isEqualTo(401);
    }

    private void logIn(Browser browser, String subject, List<String> groups, long expirySeconds) {
        idpAnswersLoginsWith(subject, userClaims("alice", groups), expirySeconds);
        URI callback = browser.authorize(browser.startLogin());
        HttpResponse<String> loggedIn = browser.returnToPortal(callback);
        assertThat(loggedIn.statusCode()).as("login").isEqualTo(302);
        assertThat(location(loggedIn)).isEqualTo(app("/"));
    }

    private static List<String> roles(HttpResponse<String> me) {
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        return json(me).get("roles").valueStream().map(JsonNode::asString).toList();
    }
}
