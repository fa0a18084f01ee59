package dev.skyway.portal.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import dev.skyway.portal.PortalTestSupport;

/**
 * The portal's promise about security headers, checked over real HTTP (Vaadin's pages are rendered by its own
 * servlet, which MockMvc does not run): every page and every API answer carries a Content-Security-Policy that
 * Vaadin works with, {@code X-Frame-Options: DENY} (and only that), {@code X-Content-Type-Options: nosniff} and
 * {@code Referrer-Policy: strict-origin-when-cross-origin}; HSTS only on requests that came over TLS.
 */
class SecurityHeadersTests extends PortalTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void theLoginPageCarriesTheSecurityHeaders() {
        HttpResponse<String> page = new PortalHttp(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("html"));
        assertSecurityHeaders(page);
    }

    @Test
    void aVaadinPageOfALoggedInUserCarriesTheSecurityHeaders() {
        PortalHttp browser = new PortalHttp(port);
        assertThat(browser.formLogin("engineer", "demo").statusCode()).isEqualTo(302);

        HttpResponse<String> home = browser.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html");
        assertSecurityHeaders(home);
    }

    @Test
    void pagesAreNotCachedButScriptsAndStylesAreForAnHour() {
        PortalHttp browser = new PortalHttp(port);
        HttpResponse<String> login = browser.get("/login");
        assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c)
                .contains("no-store"));
        Matcher script = Pattern.compile("VAADIN/build/[^\"']+\\.js").matcher(login.body());
        assertThat(script.find()).as("the login page loads Vaadin's bundle").isTrue();

        for (String path : List.of("/" + script.group(), "/webjars/echarts/5.3.1/dist/echarts.common.min.js",
                "/assets/charts.js")) {
            HttpResponse<String> file = browser.get(path);

            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().allValues("Cache-Control")).as(path).singleElement()
                    .satisfies(c -> assertThat(c).isEqualTo("max-age=3600"));
            // Chromium revalidates anything with Pragma: no-cache, whatever its Cache-Control says
            assertThat(file.headers().allValues("Pragma")).as(path).isEmpty();
            assertThat(file.headers().allValues("Expires")).as(path).isEmpty();
            assertThat(file.headers().allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
        }
        Matcher lumo = Pattern.compile("lumo/lumo\\.css[^\"']*").matcher(login.body());
        assertThat(lumo.find()).as("the login page links Lumo's style sheet").isTrue();
        HttpResponse<String> styles = browser.get("/" + lumo.group());
        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(styles.headers().allValues("Cache-Control")).singleElement()
                .satisfies(c -> assertThat(c).startsWith("max-age="));
        assertThat(styles.headers().allValues("Pragma")).isEmpty();
    }

    @Test
    void anApiAnswerCarriesTheSecurityHeaders() {
        PortalHttp client = new PortalHttp(port);
        HttpResponse<String> me = client.send(client.request("/api/v1/me")
                .header("Authorization", PortalHttp.basic("engineer", "demo")).GET().build());

        assertThat(me.statusCode()).isEqualTo(200);
        assertSecurityHeaders(me);
    }

    @Test
    void theContentSecurityPolicyAllowsWhatVaadinAndTheChartsNeedAndNothingMore() {
        String csp = new PortalHttp(port).get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(csp.split(";\\s*")).containsExactlyInAnyOrder(
                "default-src 'self'",
                // Vaadin's bootstrap and executeJs; ECharts (/webjars) and the glue script (/assets) are same-origin
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    @Test
    void hstsIsSentOnlyOnRequestsThatCameOverTls() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("engineer", "demo")))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/api/v1/me").secure(true).with(httpBasic("engineer", "demo")))
                .andExpect(header().string("Strict-Transport-Security",
                        Matchers.allOf(Matchers.containsString("max-age=31536000"),
                                Matchers.containsString("includeSubDomains"))));
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.allValues("Content-Security-Policy")).singleElement().satisfies(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
        assertThat(headers.allValues("Strict-Transport-Security")).isEmpty();
    }
}
