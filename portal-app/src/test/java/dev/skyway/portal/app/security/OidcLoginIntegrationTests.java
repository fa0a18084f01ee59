package dev.skyway.portal.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The browser login through the organization's IdP (authorization-code flow), driven hop by hop over real HTTP:
 * what a correct login gives, and that every kind of forged or stale answer from "the IdP" ends without a session.
 */
class OidcLoginIntegrationTests extends OidcIntegrationTestSupport {

    private static final List<String> ENGINEER_AND_APPROVER_GROUPS =
            List.of("portal-engineers", "portal-approvers", "some-unmapped-group");

    @Test
    void authorizationCodeLoginGivesASessionWithTheRolesMappedFromTheIdTokensGroups() {
        Browser browser = new Browser();
        String subject = newSubject();

        // hop 1: the portal sends the browser to the IdP, with state and nonce bound to the browser's session
        URI authorizationRequest = browser.startLogin();
        URI authorizationEndpoint = IDP.authorizationEndpointUrl(ISSUER_ID).uri();
        assertThat(authorizationRequest.getScheme() + "://" + authorizationRequest.getAuthority()
                + authorizationRequest.getPath())
                .isEqualTo(authorizationEndpoint.getScheme() + "://" + authorizationEndpoint.getAuthority()
                        + authorizationEndpoint.getPath());
        Map<String, String> request = queryParameters(authorizationRequest);
        assertThat(request).containsEntry("response_type", "code")
                .containsEntry("client_id", CLIENT_ID)
                .containsEntry("redirect_uri", app("/login/oauth2/code/portal").toString());
        assertThat(request.get("scope").split(" ")).contains("openid");
        assertThat(request.get("state")).isNotBlank();
        assertThat(request.get("nonce")).isNotBlank();
        String sessionBeforeLogin = browser.sessionId();
        assertThat(sessionBeforeLogin).as("session holding the authorization request").isNotNull();

        // hop 2: the IdP authenticates the user (no interactive login) and answers with a code and the same state
        idpAnswersLoginsWith(subject, userClaims("alice", ENGINEER_AND_APPROVER_GROUPS),
                3600);
        URI callback = browser.authorize(authorizationRequest);
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/portal");
        assertThat(queryParameters(callback)).containsEntry("state", request.get("state")).containsKey("code");

        // hop 3: the portal redeems the code, validates the ID token and logs the user in
        HttpResponse<String> loggedIn = browser.returnToPortal(callback);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(location(loggedIn)).isEqualTo(app("/"));
        assertThat(browser.sessionId()).as("session id after login (session fixation protection)")
                .isNotNull().isNotEqualTo(sessionBeforeLogin);

        HttpResponse<String> me = browser.me();
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = json(me);
        assertThat(body.get("username").asString()).isEqualTo("alice");
        assertThat(body.get("name").asString()).isEqualTo("Alice Example");
        assertThat(body.get("email").asString()).isEqualTo("alice@example.com");
        assertThat(body.get("team").asString()).isEqualTo("payments");
        assertThat(body.get("leadOf").valueStream().map(JsonNode::asString)).containsExactly("checkout", "payments");
        assertThat(body.get("roles").valueStream().map(JsonNode::asString)).containsExactly("APPROVER", "ENGINEER");
        assertThat(body.get("issuer").asString()).isEqualTo(issuer());
        assertThat(body.get("subject").asString()).isEqualTo(subject);

        HttpResponse<String> home = browser.get(app("/"));
        assertThat(home.statusCode()).as("Vaadin home page for the logged-in user").isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));

        assertThat(loginsRecordedFor(subject)).as("login in the audit ledger").isEqualTo(1);
    }

    @Test
    void homePageSendsAnAnonymousVisitorToTheIdentityProviderLogin() {
        Browser browser = new Browser();

        HttpResponse<String> home = browser.get(app("/"));

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(location(home).getPath()).isEqualTo("/oauth2/authorization/portal");
        assertThat(browser.me().statusCode()).isEqualTo(401);
    }

    @Test
    void idTokenFromAnotherIssuerIsRefused() {
        Map<String, Object> claims = userClaims("mallory", ENGINEER_AND_APPROVER_GROUPS);
        // signed with the right key: only the issuer is wrong
        claims.put("iss", IDP.issuerUrl("some-other-tenant").toString());

        assertLoginIsRefused(claims, 3600);
    }

    @Test
    void expiredIdTokenIsRefused() {
        // expired ten minutes ago: well beyond the validator's clock skew
        assertLoginIsRefused(userClaims("mallory", ENGINEER_AND_APPROVER_GROUPS), -600);
    }

    @Test
    void idTokenForAnotherClientIsRefused() {
        Map<String, Object> claims = userClaims("mallory", ENGINEER_AND_APPROVER_GROUPS);
        claims.put("aud", List.of("another-application"));

        assertLoginIsRefused(claims, 3600);
    }

    @Test
    void idTokenWhoseNonceDiffersFromTheLoginRequestsIsRefused() {
        Map<String, Object> claims = userClaims("mallory", ENGINEER_AND_APPROVER_GROUPS);
        claims.put("nonce", "a-nonce-from-another-login");

        assertLoginIsRefused(claims, 3600);
    }

    @Test
    void idTokenSignedByAnotherKeyIsRefused() {
        Browser browser = new Browser();
        URI authorizationRequest = browser.startLogin();
        String nonce = queryParameters(authorizationRequest).get("nonce");
        URI callback = browser.authorize(authorizationRequest);

        // every claim right (issuer, audience, nonce, expiry), same key id "portal", but another provider's key
        String subject = newSubject();
        Map<String, Object> claims = userClaims("mallory", ENGINEER_AND_APPROVER_GROUPS);
        claims.put("iss", issuer());
        claims.put("sub", subject);
        claims.put("aud", List.of(CLIENT_ID));
        claims.put("nonce", nonce);
        String forgedIdToken = FOREIGN_IDP.getConfig().getTokenProvider()
                .jwt(claims, Duration.ofHours(1), ISSUER_ID).serialize();
        // a genuine access token, so that the portal's userinfo call succeeds: only the ID token's signature is bad
        String accessToken = IDP.issueToken(ISSUER_ID, CLIENT_ID,
                tokenCallback(subject, List.of(CLIENT_ID), userClaims("mallory", ENGINEER_AND_APPROVER_GROUPS), 3600))
                .serialize();
        Map<String, Object> tokenResponse = new LinkedHashMap<>();
        tokenResponse.put("access_token", accessToken);
        tokenResponse.put("token_type", "Bearer");
        tokenResponse.put("expires_in", 3600);
        tokenResponse.put("scope", "openid profile email");
        tokenResponse.put("id_token", forgedIdToken);
        TOKEN_ENDPOINT_OVERRIDE.answerNextTokenRequestWith(JSON.writeValueAsString(tokenResponse));

        HttpResponse<String> returned = browser.returnToPortal(callback);

        assertThat(TOKEN_ENDPOINT_OVERRIDE.pending()).as("the portal asked the token endpoint").isZero();
        assertRefused(browser, returned, subject);
    }

    @Test
    void replayedCallbackDoesNotAuthenticateAnotherBrowserNorLogInAgain() {
        Browser victim = new Browser();
        String subject = newSubject();
        URI authorizationRequest = victim.startLogin();
        idpAnswersLoginsWith(subject, userClaims("alice", ENGINEER_AND_APPROVER_GROUPS),
                3600);
        URI callback = victim.authorize(authorizationRequest);
        assertThat(victim.returnToPortal(callback).statusCode()).isEqualTo(302);
        assertThat(victim.me().statusCode()).isEqualTo(200);
        String victimSession = victim.sessionId();

        // someone who got hold of the callback URL (history, logs, Referer) replays it in their own browser
        Browser attacker = new Browser();
        HttpResponse<String> replayed = attacker.returnToPortal(callback);
        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(location(replayed).getQuery()).contains("error");
        assertThat(attacker.me().statusCode()).isEqualTo(401);

        // and the same browser replaying it does not log in a second time
        HttpResponse<String> replayedBySameBrowser = victim.returnToPortal(callback);
        assertThat(replayedBySameBrowser.statusCode()).isEqualTo(302);
        assertThat(location(replayedBySameBrowser).getQuery()).contains("error");
        assertThat(victim.sessionId()).as("no new login, so no new session id").isEqualTo(victimSession);

        assertThat(loginsRecordedFor(subject)).as("logins in the audit ledger").isEqualTo(1);
    }

    @Test
    void authorizationCodeIssuedForOneBrowserCannotBeRedeemedWithAnotherBrowsersLoginRequest() {
        // the victim's browser got a code it has not redeemed yet
        Browser victim = new Browser();
        String victimSubject = newSubject();
        URI victimCallback = victim.authorize(victim.startLogin());
        String victimCode = queryParameters(victimCallback).get("code");

        // the attacker starts a login of their own and swaps their code for the victim's (code injection)
        Browser attacker = new Browser();
        URI attackerCallback = attacker.authorize(attacker.startLogin());
        String attackerState = queryParameters(attackerCallback).get("state");
        idpAnswersLoginsWith(victimSubject, userClaims("alice", ENGINEER_AND_APPROVER_GROUPS), 3600);
        URI injected = app("/login/oauth2/code/portal?code=" + victimCode + "&state=" + attackerState);

        HttpResponse<String> returned = attacker.returnToPortal(injected);

        // the portal did redeem the code (the token callback was used), then refused the answer
        assertRefused(attacker, returned, victimSubject);
    }

    /** A login whose ID token carries {@code claims} (overriding the IdP's own) and expires in the given seconds. */
    private void assertLoginIsRefused(Map<String, Object> claims, long expirySeconds) {
        Browser browser = new Browser();
        String subject = newSubject();
        URI authorizationRequest = browser.startLogin();
        idpAnswersLoginsWith(subject, claims, expirySeconds);
        URI callback = browser.authorize(authorizationRequest);

        HttpResponse<String> returned = browser.returnToPortal(callback);

        assertRefused(browser, returned, subject);
    }

    private void assertRefused(Browser browser, HttpResponse<String> returned, String subject) {
        assertThat(returned.statusCode()).isEqualTo(302);
        URI target = location(returned);
        assertThat(target.getPath()).as("redirect after a failed login").isNotEqualTo("/");
        assertThat(target.getQuery()).as("redirect after a failed login").contains("error");
        assertThat(browser.me().statusCode()).as("API with the browser's session").isEqualTo(401);
        HttpResponse<String> home = browser.get(app("/"));
        assertThat(home.statusCode()).as("home page answers a redirect to the login, not the app").isEqualTo(302);
        assertThat(loginsRecordedFor(subject)).as("logins in the audit ledger").isZero();
    }
}
