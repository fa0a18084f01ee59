package dev.skyway.portal.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.skyway.portal.PortalTestSupport;
import dev.skyway.portal.platform.audit.AuditEntry;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditQuery;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/**
 * Password guessing is throttled (HTTP Basic on the API and the login form alike): after 10 failures in 5 minutes
 * for a username or from an address, further logins for it get 429 with {@code Retry-After}, the right password
 * included, while other users from other addresses log in as usual; and the audit ledger sums failures into one
 * entry per window instead of one entry per failure.
 */
class RateLimitSecurityTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    FailedLoginAudit failedLogins;

    @Autowired
    AuditLedger ledger;

    /** The demo users locked out here are used by other tests in this application context. */
    @AfterEach
    void forgetTheFailures() {
        throttle.forgetAll();
    }

    @Test
    void theEleventhBasicAttemptIs429WithRetryAfterEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("engineer", "guess-" + i)).with(from("203.0.113.10")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/me").with(httpBasic("engineer", "demo")).with(from("203.0.113.10")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // the same user from another address
        mvc.perform(get("/api/v1/me").with(httpBasic("engineer", "demo")).with(from("198.51.100.20")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/me").with(httpBasic("security", "demo")).with(from("198.51.100.20")))
                .andExpect(status().isOk());
    }

    @Test
    void anAddressThatSprayedPasswordsIsRefusedForEveryUsername() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("user" + i, "Summer2026!")).with(from("203.0.113.11")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/me").with(httpBasic("finance", "demo")).with(from("203.0.113.11")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/me").with(httpBasic("finance", "demo")).with(from("198.51.100.21")))
                .andExpect(status().isOk());
    }

    @Test
    void theLoginFormIsThrottledToo() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/login").param("username", "approver").param("password", "guess-" + i)
                            .with(from("203.0.113.12")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", Matchers.containsString("/login?error")));
        }

        mvc.perform(post("/login").param("username", "approver").param("password", "demo")
                        .with(from("203.0.113.12")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void failedLoginsAreOneLedgerEntryPerWindowWithTheirCount() throws Exception {
        String username = "ghost-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(username, "guess-" + i)).with(from("203.0.113.13")))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(failedLoginEntries(username)).as("nothing written while the window is open").isEmpty();

        failedLogins.writeAll();

        assertThat(failedLoginEntries(username)).singleElement().satisfies(entry -> {
            assertThat(entry.details()).containsPattern("\"count\"\\s*:\\s*3\\b").contains("203.0.113.13");
        });
    }

    private List<AuditEntry> failedLoginEntries(String username) {
        TestUsers.loginAs("auditor", Role.SECURITY);
        try {
            return ledger.search(new AuditQuery(null, null, null, "auth.login-failed", null), 0, 500).stream()
                    .filter(e -> username.equals(e.targetId())).toList();
        } finally {
            TestUsers.logout();
        }
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
