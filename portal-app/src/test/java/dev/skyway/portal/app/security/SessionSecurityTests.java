package dev.skyway.portal.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

import dev.skyway.portal.PortalTestSupport;

/**
 * A login does not last forever: a session older than the absolute lifetime (12 hours by default) is ended on its
 * next request, however active it was (Vaadin's heartbeat keeps an open tab from ever being idle); the UI then
 * sends the user to the login page and the API answers 401, so roles are read again at the next login.
 */
class SessionSecurityTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void anApiCallOnASessionOlderThanTheLifetimeIs401() throws Exception {
        MockHttpSession session = loggedInSession("engineer", Duration.ofHours(12).plusMinutes(1));

        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aPageOnASessionOlderThanTheLifetimeSendsTheUserToTheLoginPage() throws Exception {
        MockHttpSession session = loggedInSession("engineer", Duration.ofHours(13));

        mvc.perform(get("/audit").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.containsString("/login")));
    }

    @Test
    void aSessionWithinTheLifetimeStaysLoggedIn() throws Exception {
        MockHttpSession session = loggedInSession("engineer", Duration.ofHours(11));

        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("engineer"));
    }

    @Test
    void credentialsSentWithEachRequestAreNotAffected() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("engineer", "demo"))).andExpect(status().isOk());
    }

    /** A session holding a login, created {@code age} ago (the servlet container's creation time). */
    private MockHttpSession loggedInSession(String username, Duration age) {
        long createdAt = Instant.now().minus(age).toEpochMilli();
        MockHttpSession session = new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return createdAt;
            }
        };
        UserDetails user = users.loadUserByUsername(username);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return session;
    }
}
