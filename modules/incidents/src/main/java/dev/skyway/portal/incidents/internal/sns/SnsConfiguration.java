package dev.skyway.portal.incidents.internal.sns;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import dev.skyway.portal.incidents.internal.IncidentsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

/** The SNS verifier and subscription confirmer from {@code portal.incidents.sns.*}; bad settings fail the start. */
@Configuration(proxyBeanMethods = false)
class SnsConfiguration {

    @Bean
    SnsHttp snsHttp(IncidentsProperties properties) {
        return new SnsHttp(properties.sns().fetchTimeout());
    }

    @Bean
    SnsSignatureVerifier snsSignatureVerifier(IncidentsProperties properties, SnsHttp http, Clock clock,
                                              ObjectProvider<MeterRegistry> meters) {
        IncidentsProperties.Sns sns = properties.sns();
        SigningCertificateCheck check = new SigningCertificateCheck(anchors(sns.trustAnchors()), clock);
        SigningCertificates certificates = new SigningCertificates(
                pattern("portal.incidents.sns.cert-url-pattern", sns.certUrlPattern()), http, check);
        return new SnsSignatureVerifier(certificates, clock, sns.maxMessageAge(),
                meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

    @Bean
    SubscriptionConfirmer subscriptionConfirmer(IncidentsProperties properties, SnsHttp http) {
        return new SubscriptionConfirmer(
                pattern("portal.incidents.sns.subscribe-url-pattern", properties.sns().subscribeUrlPattern()), http);
    }

    /** @throws IllegalStateException when the resource cannot be read or holds no certificate */
    static List<X509Certificate> anchors(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            List<X509Certificate> anchors = PemCertificates.read(in.readAllBytes());
            if (anchors.isEmpty()) {
                throw new IllegalStateException("portal.incidents.sns.trust-anchors (" + resource.getDescription()
                        + ") holds no PEM certificate");
            }
            return anchors;
        } catch (IOException e) {
            throw new IllegalStateException("portal.incidents.sns.trust-anchors (" + resource.getDescription()
                    + ") cannot be read", e);
        } catch (CertificateException e) {
            throw new IllegalStateException("portal.incidents.sns.trust-anchors (" + resource.getDescription()
                    + ") holds a block that is not a certificate", e);
        }
    }

    private static Pattern pattern(String setting, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(setting + " is not a regular expression: " + e.getDescription(), e);
        }
    }
}
