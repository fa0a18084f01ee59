package dev.skyway.portal.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;

import tools.jackson.databind.JsonNode;

/**
 * The API as an OAuth2 resource server: JWT bearer tokens from the organization's IdP, with the same role mapping
 * as the browser login; anything else is a 401 problem+json.
 */
class BearerTokenIntegrationTests extends OidcIntegrationTestSupport {

    private static final List<String> ENGINEER_AND_APPROVER_GROUPS =
            List.of("portal-engineers", "portal-approvers", "some-unmapped-group");

    @Test
    void requestWithoutTokenIsRefusedWithAProblemDocument() {
        HttpResponse<String> response = callMe(null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/me");
    }

    @Test
    void tokenFromTheIssuerForTheConfiguredAudienceGivesTheMappedRoles() {
        String subject = newSubject();
        // PORTAL_API_AUDIENCE is not set: the audience defaults to the client id
        String token = IDP.issueToken(ISSUER_ID, "deploy-pipeline",
                tokenCallback(subject, List.of(CLIENT_ID), userClaims("alice", ENGINEER_AND_APPROVER_GROUPS), 3600))
                .serialize();

        HttpResponse<String> response = callMe(token);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = json(response);
        assertThat(me.get("username").asString()).isEqualTo("alice");
        assertThat(me.get("email").asString()).isEqualTo("alice@example.com");
        assertThat(me.get("team").asString()).isEqualTo("payments");
        assertThat(me.get("leadOf").valueStream().map(JsonNode::asString)).containsExactly("checkout", "payments");
        assertThat(me.get("roles").valueStream().map(JsonNode::asString)).containsExactly("APPROVER", "ENGINEER");
        assertThat(me.get("issuer").asString()).isEqualTo(issuer());
        assertThat(me.get("subject").asString()).isEqualTo(subject);
        assertThat(response.headers().allValues("Set-Cookie")).as("a bearer call creates no session").isEmpty();
    }

    @Test
    void tokenWithoutMappedGroupsAuthenticatesWithoutRoles() {
        String token = IDP.issueToken(ISSUER_ID, "deploy-pipeline",
                tokenCallback(newSubject(), List.of(CLIENT_ID), userClaims("bob", List.of("some-unmapped-group")),
                        3600)).serialize();

        HttpResponse<String> response = callMe(token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("roles").isEmpty()).as("roles of a user in no mapped group").isTrue();
    }

    @Test
    void expiredTokenIsRefused() {
        String token = IDP.issueToken(ISSUER_ID, "deploy-pipeline",
                tokenCallback(newSubject(), List.of(CLIENT_ID), userClaims("alice", ENGINEER_AND_APPROVER_GROUPS),
                        -600)).serialize();

        assertRefused(callMe(token));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        String token = FOREIGN_IDP.issueToken(ISSUER_ID, "deploy-pipeline",
                tokenCallback(newSubject(), List.of(CLIENT_ID), userClaims("alice", ENGINEER_AND_APPROVER_GROUPS),
                        3600)).serialize();

        assertRefused(callMe(token));
    }

    @Test
    void tokenSignedWithTheIssuersKeyButNamingAnotherIssuerIsRefused() {
        Map<String, Object> claims = userClaims("alice", ENGINEER_AND_APPROVER_GROUPS);
        claims.put("iss", IDP.issuerUrl("some-other-tenant").toString());
        claims.put("sub", newSubject());
        claims.put("aud", List.of(CLIENT_ID));
        String token = IDP.getConfig().getTokenProvider().jwt(claims, Duration.ofHours(1), ISSUER_ID).serialize();

        assertRefused(callMe(token));
    }

    @Test
    void tokenNamingTheIssuerButSignedByAnotherKeyIsRefused() {
        Map<String, Object> claims = userClaims("alice", ENGINEER_AND_APPROVER_GROUPS);
        claims.put("iss", issuer());
        claims.put("sub", newSubject());
        claims.put("aud", List.of(CLIENT_ID));
        // same key id ("portal") as the real issuer's key, different key
        String token = FOREIGN_IDP.getConfig().getTokenProvider().jwt(claims, Duration.ofHours(1), ISSUER_ID)
                .serialize();

        assertRefused(callMe(token));
    }

    @Test
    void unsignedTokenIsRefused() {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(newSubject())
                .audience(CLIENT_ID).expirationTime(new java.util.Date(System.currentTimeMillis() + 3_600_000))
                .claim("groups", ENGINEER_AND_APPROVER_GROUPS);
        String token = new PlainJWT(claims.build()).serialize();

        assertRefused(callMe(token));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        String token = IDP.issueToken(ISSUER_ID, "deploy-pipeline",
                tokenCallback(newSubject(), List.of("another-api"), userClaims("alice", ENGINEER_AND_APPROVER_GROUPS),
                        3600)).serialize();

        assertRefused(callMe(token));
    }

    @Test
    void refusedTokenIsAuditedWithoutWritingTheTokenToTheLedger() {
        String token = IDP.issueToken(ISSUER_ID, "deploy-pipeline",
                tokenCallback(newSubject(), List.of("another-api"), userClaims("alice", ENGINEER_AND_APPROVER_GROUPS),
                        3600)).serialize();
        String signature = token.substring(token.lastIndexOf('.') + 1);
        int bearerFailuresBefore = auditEntries("(bearer token)", "auth.login-failed");

        assertRefused(callMe(token));
        failedLogins.writeAll(); // failures are summed per window; write the open one now

        assertThat(auditEntries("(bearer token)", "auth.login-failed")).as("refusal in the audit ledger")
                .isEqualTo(bearerFailuresBefore + 1);
        assertThat(auditEntries(signature.substring(0, 32), "auth.")).as("ledger entries holding the token")
                .isZero();
    }

    @org.springframework.beans.factory.annotation.Autowired
    FailedLoginAudit failedLogins;

    private HttpResponse<String> callMe(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app("/api/v1/me")).GET()
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return new Browser().send(request.build());
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("status; headers %s", response.headers().map()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("status").asInt()).isEqualTo(401);
        assertThat(response.body()).as("nothing about the user leaks").doesNotContain("alice", "payments");
    }
}
