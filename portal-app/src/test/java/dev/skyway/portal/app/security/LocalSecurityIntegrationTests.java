package dev.skyway.portal.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import dev.skyway.portal.PortalTestSupport;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditQuery;
import dev.skyway.testsupport.TestUsers;
import dev.skyway.portal.platform.identity.Role;

/** The embedded default's security: demo users, HTTP Basic API, CSRF for cookie sessions, headers, errors. */
class LocalSecurityIntegrationTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLedger ledger;

    @Autowired
    FailedLoginAudit failedLogins;

    @Test
    void meReturnsTheCallerWithTeamAndRoles() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("lead", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("lead"))
                .andExpect(jsonPath("$.name").value("Lee Lead"))
                .andExpect(jsonPath("$.email").value("lead@example.com"))
                .andExpect(jsonPath("$.team").value("platform"))
                .andExpect(jsonPath("$.leadOf[0]").value("platform"))
                .andExpect(jsonPath("$.roles[0]").value("APPROVER"))
                .andExpect(jsonPath("$.roles[1]").value("ENGINEER"));
    }

    @Test
    void wrongPasswordIsA401ProblemAndIsAudited() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("engineer", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        failedLogins.writeAll(); // failures are summed per window; write the open one now

        TestUsers.loginAs("auditor", Role.SECURITY);
        try {
            assertThat(ledger.search(new AuditQuery(null, null, null, "auth.login-failed", null), 0, 50))
                    .anySatisfy(e -> assertThat(e.targetId()).isEqualTo("engineer"));
        } finally {
            TestUsers.logout();
        }
    }

    @Test
    void unknownUserAndNoCredentialsAre401() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("nobody", "demo"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    }

    @Test
    void browserSessionWritesNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/api/v1/audit/verifications").with(session("admin")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/audit/verifications").with(session("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
        // credentials in the Authorization header cannot be forged cross-site: no token needed
        mvc.perform(post("/api/v1/audit/verifications").with(httpBasic("security", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void badApiInputIsAProblemWithoutInternals() throws Exception {
        mvc.perform(get("/api/v1/audit/entries?limit=0").with(httpBasic("security", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("limit must be between 1 and 500"));
        mvc.perform(get("/api/v1/audit/entries?from=yesterday").with(httpBasic("security", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("at dev.skyway"))));
    }

    @Test
    void responsesCarrySecurityHeadersAndHstsOnlyOverTls() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("engineer", "demo")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/api/v1/me").secure(true).with(httpBasic("engineer", "demo")))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
    }

    @Test
    void viewsRedirectAnonymousUsersToTheLoginPage() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void healthIsUpWithProbeGroupsAndMetricsAreServed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk()).andExpect(jsonPath("$.build.artifact")
                .value("skyway-portal-app"));
        // endpoints that are not exposed are not reachable: the request falls through to the login redirect
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor session(String username) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        return authentication(auth);
    }
}
