package dev.skyway.portal.app.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every response: Content-Security-Policy, {@code X-Frame-Options: DENY},
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: strict-origin-when-cross-origin}, and HSTS on
 * requests that arrived over TLS (Spring Security's HSTS writer only writes on secure requests). Pages and API
 * answers are not cached ({@code Cache-Control: no-cache, no-store}, {@code Pragma: no-cache}); scripts and styles
 * are, for an hour.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /**
     * Vaadin Flow needs inline scripts and {@code eval} (its bootstrap and {@code executeJs}) and inline styles;
     * everything else, including ECharts from {@code /webjars} and our glue script from {@code /assets}, comes from
     * this origin. {@code formActionOrigins} are the origins a form may post to or be redirected to after posting
     * (the OIDC provider, for the RP-initiated logout).
     */
    static String contentSecurityPolicy(Collection<String> formActionOrigins) {
        Set<String> formActions = new LinkedHashSet<>();
        formActions.add("'self'");
        formActions.addAll(formActionOrigins);
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action " + String.join(" ", formActions) + "; frame-ancestors 'none'";
    }

    static void apply(HttpSecurity http, Collection<String> formActionOrigins) throws Exception {
        http.headers(h -> {
            h.addObjectPostProcessor(EAGERLY);
            h.cacheControl(c -> c.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SCRIPTS_AND_STYLES),
                        new CacheControlHeadersWriter()))
                .contentTypeOptions(c -> { })
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(formActionOrigins)))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
        });
    }

    /**
     * Scripts and styles: Vaadin's bundle ({@code /VAADIN/build/}, content-hashed names), Lumo's style sheet
     * ({@code /lumo/}, a version in its query, {@code max-age} of a year from Vaadin), the ECharts webjar (a
     * versioned path) and our theme and chart glue ({@code /assets/}), each served with {@code max-age=3600} (Vaadin's
     * default; {@code spring.web.resources.cache} for the webjar). The no-cache headers were written on them too:
     * ECharts (1 MB) came with {@code no-store}, so every page with a chart downloaded and parsed it again, and the
     * {@code Pragma: no-cache} left beside Vaadin's own {@code Cache-Control} made Chromium revalidate each of the
     * bundle's 15 or so files on every page load.
     */
    private static final RequestMatcher SCRIPTS_AND_STYLES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/VAADIN/build/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/lumo/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/webjars/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/assets/**"));

    /**
     * Headers are written when the request starts, not when the response is committed: Vaadin's pages are
     * rendered by its servlet behind a forward, where the lazily written headers were lost (the page then carried
     * only Vaadin's own {@code X-Frame-Options: SAMEORIGIN}). Written first, they also make Vaadin keep our
     * {@code X-Frame-Options} instead of setting its own.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> EAGERLY = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };
}
