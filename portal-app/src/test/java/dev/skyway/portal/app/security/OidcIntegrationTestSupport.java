package dev.skyway.portal.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditQuery;
import dev.skyway.portal.platform.identity.Role;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.TokenRequest;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One portal (profile {@code oidc}, in-memory H2) pointed at a mock OIDC provider on loopback, shared by the SSO
 * test classes so that Spring caches a single context. The provider is started before the context because the
 * portal reads the provider's discovery document at startup. The portal is configured only through the
 * environment variables operators set ({@code PORTAL_OIDC_*}), so {@code application-oidc.yml} is under test too;
 * {@code PORTAL_API_AUDIENCE} is deliberately left unset: the API audience must default to the client id.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("oidc")
abstract class OidcIntegrationTestSupport {

    static final String ISSUER_ID = "portal";
    static final String CLIENT_ID = "skyway-portal";
    static final String CLIENT_SECRET = "skyway-portal-secret";

    /** Lets a test answer the next token request itself (e.g. with a foreign-signed ID token). */
    static final TokenEndpointOverride TOKEN_ENDPOINT_OVERRIDE = new TokenEndpointOverride();

    /**
     * What the IdP's token endpoint puts in tokens for issuer {@code portal}. A configured callback rather than
     * {@link MockOAuth2Server#enqueueCallback}: a queued callback a test did not use would leak into the next test.
     */
    static final ScriptedTokenCallback SCRIPTED_LOGIN = new ScriptedTokenCallback();

    /** The organization's identity provider. */
    static final MockOAuth2Server IDP = new MockOAuth2Server(
            new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(), Set.of(SCRIPTED_LOGIN)),
            TOKEN_ENDPOINT_OVERRIDE);

    /**
     * Another identity provider, which the portal must not trust. Its keys are generated now: the default key
     * provider hands out the same bundled keys in every mock server, so two default servers sign alike.
     */
    static final MockOAuth2Server FOREIGN_IDP = new MockOAuth2Server(new OAuth2Config(false, null, null, false,
            new OAuth2TokenProvider(new KeyProvider(List.of(), JWSAlgorithm.RS256.getName()))));

    static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        IDP.start(loopback, 0);
        FOREIGN_IDP.start(loopback, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            IDP.shutdown();
            FOREIGN_IDP.shutdown();
        }, "mock-oauth2-server-shutdown"));
    }

    @DynamicPropertySource
    static void pointThePortalAtTheMockProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:oidc-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("server.address", () -> "127.0.0.1");
        // the oidc profile serves the actuator on a management port of its own: a free one in tests
        registry.add("MANAGEMENT_SERVER_PORT", () -> "0");
        // the oidc profile refuses to start without an audit ledger key, as production must
        registry.add("portal.audit.keys.oidctest", () -> "b2lkYy10ZXN0LWF1ZGl0LWtleS0zMi1ieXRlcy1sb25nISE=");
        registry.add("PORTAL_OIDC_ISSUER_URI", OidcIntegrationTestSupport::issuer);
        registry.add("PORTAL_OIDC_CLIENT_ID", () -> CLIENT_ID);
        registry.add("PORTAL_OIDC_CLIENT_SECRET", () -> CLIENT_SECRET);
    }

    @LocalServerPort
    int port;

    @Autowired
    AuditLedger ledger;

    /**
     * As in PortalTestSupport: with several cached test contexts, the global security context holder strategy may be
     * another context's (Vaadin installs its own when a context starts); use this context's.
     */
    @BeforeEach
    void useThisContextsSecurityContextHolder(@Autowired SecurityContextHolderStrategy strategy) {
        SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    @AfterEach
    void forgetWhatTheIdpWasToldToAnswer() {
        SCRIPTED_LOGIN.reset();
        int unusedOverrides = TOKEN_ENDPOINT_OVERRIDE.clear();
        assertThat(unusedOverrides).as("prepared token responses the portal never asked for").isZero();
    }

    static String issuer() {
        return IDP.issuerUrl(ISSUER_ID).toString();
    }

    URI app(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The claims an organization's IdP puts in tokens for a portal user. */
    static Map<String, Object> userClaims(String username, List<String> groups) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", username);
        claims.put("name", "Alice Example");
        claims.put("email", username + "@example.com");
        claims.put("groups", groups);
        claims.put("team", "payments");
        claims.put("lead_of", List.of("payments", "checkout"));
        return claims;
    }

    /**
     * Makes the IdP's token endpoint, for the rest of the current test, answer the authorization-code flow with this
     * subject and claims; claims override the IdP's own ({@code iss}, {@code aud}, {@code nonce}...), and a negative
     * expiry gives expired tokens.
     */
    static void idpAnswersLoginsWith(String subject, Map<String, Object> claims, long expirySeconds) {
        SCRIPTED_LOGIN.answerWith(tokenCallback(subject, List.of(CLIENT_ID), claims, expirySeconds));
    }

    static DefaultOAuth2TokenCallback tokenCallback(String subject, List<String> audience, Map<String, Object> claims,
                                                    long expirySeconds) {
        return new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", audience, claims, expirySeconds);
    }

    static String newSubject() {
        return "user-" + UUID.randomUUID();
    }

    /** How many successful interactive logins the audit ledger holds for this subject. */
    int loginsRecordedFor(String subject) {
        return auditEntries(subject, "auth.login-succeeded");
    }

    /** How many ledger entries of this action (prefix) have an actor subject or name containing {@code actor}. */
    int auditEntries(String actor, String action) {
        var auditor = UsernamePasswordAuthenticationToken.authenticated("test-auditor", null,
                List.of(new SimpleGrantedAuthority(Role.SECURITY.authority())));
        SecurityContextHolder.getContext().setAuthentication(auditor);
        try {
            return ledger.count(new AuditQuery(null, null, actor, action, null));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static Map<String, String> queryParameters(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /**
     * A browser without JavaScript: its own cookie jar, redirects not followed, so every hop of a flow is visible.
     */
    final class Browser {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        HttpResponse<String> get(URI uri) {
            return send(HttpRequest.newBuilder(uri).GET().header("Accept", "text/html,application/json").build());
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException("request to " + request.uri() + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The portal's session cookie, or null when the browser has none. */
        String sessionId() {
            return cookies.getCookieStore().get(app("/")).stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst().orElse(null);
        }

        /** Hop 1: the portal sends the browser to the IdP's authorization endpoint. */
        URI startLogin() {
            HttpResponse<String> response = get(app("/oauth2/authorization/" + ISSUER_ID));
            assertThat(response.statusCode()).as("start of the login").isEqualTo(302);
            return location(response);
        }

        /** Hop 2: the IdP (no interactive login) sends the browser back to the portal with code and state. */
        URI authorize(URI authorizationRequest) {
            HttpResponse<String> response = get(authorizationRequest);
            assertThat(response.statusCode()).as("IdP authorization endpoint").isEqualTo(302);
            return location(response);
        }

        /** Hop 3: the portal redeems the code; answers a redirect (to the app on success, to an error otherwise). */
        HttpResponse<String> returnToPortal(URI callback) {
            return get(callback);
        }

        HttpResponse<String> me() {
            return get(app("/api/v1/me"));
        }
    }

    static URI location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location header in " + response));
        return response.uri().resolve(location);
    }

    /** A route of the mock IdP that, when armed, answers the next token request with a prepared body. */
    static final class TokenEndpointOverride implements Route {

        private final Queue<String> bodies = new ConcurrentLinkedQueue<>();

        void answerNextTokenRequestWith(String json) {
            bodies.add(json);
        }

        int pending() {
            return bodies.size();
        }

        /** Forgets unused answers; returns how many there were. */
        int clear() {
            int pending = bodies.size();
            bodies.clear();
            return pending;
        }

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return "POST".equals(request.getMethod()) && request.getUrl().encodedPath().endsWith("/token")
                    && !bodies.isEmpty();
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json;charset=UTF-8"), 200,
                    bodies.remove(), null);
        }
    }

    /** The IdP's answer for issuer {@code portal} as the current test scripted it, the IdP's default otherwise. */
    static final class ScriptedTokenCallback implements OAuth2TokenCallback {

        private final OAuth2TokenCallback fallback = new DefaultOAuth2TokenCallback(ISSUER_ID);
        private volatile OAuth2TokenCallback scripted;

        void answerWith(OAuth2TokenCallback callback) {
            scripted = callback;
        }

        void reset() {
            scripted = null;
        }

        private OAuth2TokenCallback current() {
            OAuth2TokenCallback callback = scripted;
            return callback == null ? fallback : callback;
        }

        @Override
        public String issuerId() {
            return ISSUER_ID;
        }

        @Override
        public String subject(TokenRequest request) {
            return current().subject(request);
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return current().typeHeader(request);
        }

        @Override
        public List<String> audience(TokenRequest request) {
            return current().audience(request);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            return current().addClaims(request);
        }

        @Override
        public long tokenExpiry() {
            return current().tokenExpiry();
        }
    }
}
