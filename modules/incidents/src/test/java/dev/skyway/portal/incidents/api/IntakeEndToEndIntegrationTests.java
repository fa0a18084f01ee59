package dev.skyway.portal.incidents.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.incidents.CreatedIntegration;
import dev.skyway.portal.incidents.Integrations;
import dev.skyway.portal.incidents.internal.signals.Payloads;
import dev.skyway.portal.incidents.internal.sns.SignedSnsMessages;
import dev.skyway.portal.incidents.internal.sns.TestCertificates;
import dev.skyway.portal.platform.identity.PortalPrincipal;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.IncidentsTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The intake through the security filters, as the application serves it: the intake paths take messages without a
 * login, session or CSRF token (the platform's chain for declared open endpoints), while the rest of the API still
 * needs both; an SNS subscription is confirmed on a loopback SubscribeURL and a CloudWatch alarm signed by a test CA's
 * certificate (served on loopback, the CA the configured trust anchor) becomes an alert; a tampered or old message is a
 * 403 that stores nothing and is counted.
 */
@SpringBootTest(classes = {IncidentsTestApplication.class, IntakeEndToEndIntegrationTests.ApiSecurity.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class IntakeEndToEndIntegrationTests {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final String TOPIC = "arn:aws:sns:eu-central-1:382272806015:skyway-alarms";

    @RegisterExtension
    static final WireMockExtension sns = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final TestCertificates.Issued CA = TestCertificates.authority("Skyway Test SNS CA",
            NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)));
    static final TestCertificates.Issued LEAF = TestCertificates.leaf(CA, "sns.amazonaws.com",
            NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(90)));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
        registry.add("portal.incidents.sns.cert-url-pattern", () -> "http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9._-]+\\.pem");
        registry.add("portal.incidents.sns.subscribe-url-pattern",
                () -> "http://127\\.0\\.0\\.1:\\d+/\\?Action=ConfirmSubscription&.*");
        registry.add("portal.incidents.sns.trust-anchors", () -> "file:" + anchorsFile());
    }

    static Path anchorsFile() {
        try {
            Path file = Files.createTempFile("sns-anchors", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, CA.pem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stands in for the application's API chain: a login for everything under /api, CSRF for writes. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ApiSecurity {

        @Bean
        @Order(2)
        SecurityFilterChain api(HttpSecurity http) throws Exception {
            http.securityMatcher("/api/**").authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .httpBasic(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        SimpleMeterRegistry meters() {
            return new SimpleMeterRegistry();
        }
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    Integrations integrations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    SimpleMeterRegistry meters;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        clock.set(NOW);
        sns.stubFor(get("/SimpleNotificationService-test.pem").willReturn(aResponse().withBody(LEAF.pem())));
        sns.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withBody("<ConfirmSubscriptionResponse/>")));
    }

    @AfterEach
    void clean() {
        TestUsers.logout();
        jdbc.update("delete from incidents.alert_event");
        jdbc.update("delete from incidents.alert");
        jdbc.update("delete from incidents.raw_payload");
        jdbc.update("delete from incidents.integration");
    }

    CreatedIntegration integration(String type, String name) {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        try {
            return integrations.create(type, name);
        } finally {
            TestUsers.logout();
        }
    }

    static TestingAuthenticationToken as(String username, Role role) {
        PortalUser user = TestUsers.user(username, role);
        PortalPrincipal principal = () -> user;
        TestingAuthenticationToken token = new TestingAuthenticationToken(principal, null, role.authority());
        token.setAuthenticated(true);
        return token;
    }

    String signed(String message, Instant sent) {
        return new SignedSnsMessages(LEAF.keys().getPrivate(),
                "http://127.0.0.1:" + sns.getPort() + "/SimpleNotificationService-test.pem")
                .notification(TOPIC, "ALARM: \"payments-api-5xx\" in EU (Frankfurt)", message, sent, "2");
    }

    MockHttpServletRequestBuilder snsPost(CreatedIntegration integration, String type, String body) {
        return post(integration.url()).contentType("text/plain; charset=UTF-8")
                .header("x-amz-sns-message-type", type).content(body);
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from incidents." + table, Integer.class);
    }

    @Test
    void theRestOfTheApiStillNeedsALoginAndACsrfToken() throws Exception {
        String body = "{\"type\": \"events\", \"name\": \"Checkout health checks\"}";

        mvc.perform(post("/api/v1/incidents/integrations").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/incidents/integrations").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(authentication(as("ada", Role.PLATFORM_ADMIN)))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/incidents/integrations").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(authentication(as("ada", Role.PLATFORM_ADMIN))).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("events"))
                .andExpect(jsonPath("$.secret").isString());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/incidents/alerts"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void eventsArriveWithoutLoginSessionOrCsrfAndAreListed() throws Exception {
        CreatedIntegration events = integration("events", "Checkout health checks");

        MvcResult result = mvc.perform(post(events.url()).header("Authorization", "Bearer " + events.secret())
                        .contentType(MediaType.APPLICATION_JSON).content(Payloads.text("events-trigger.json")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("success"))
                .andExpect(jsonPath("$.dedup_key").value("checkout-db-connections"))
                .andReturn();

        assertThat(result.getRequest().getSession(false)).isNull();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/incidents/alerts")
                        .param("integrationId", events.integration().id().toString()).param("status", "TRIGGERED")
                        .with(authentication(as("erin", Role.ENGINEER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].dedupKey").value("checkout-db-connections"))
                .andExpect(jsonPath("$.items[0].occurrences").value(1));
        mvc.perform(post(events.url()).header("Authorization", "Bearer wrong").content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(events.url()).header("Authorization", "Bearer " + events.secret()).content("{\"event_"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("body: is not valid JSON")));
    }

    @Test
    void anSnsSubscriptionIsConfirmedAndASignedAlarmBecomesAnAlertOnce() throws Exception {
        CreatedIntegration alarms = integration("sns", "CloudWatch alarms");
        SignedSnsMessages messages = new SignedSnsMessages(LEAF.keys().getPrivate(),
                "http://127.0.0.1:" + sns.getPort() + "/SimpleNotificationService-test.pem");
        String subscribeUrl = "http://127.0.0.1:" + sns.getPort() + "/?Action=ConfirmSubscription&TopicArn=" + TOPIC
                + "&Token=2336412f";

        mvc.perform(snsPost(alarms, "SubscriptionConfirmation",
                        messages.subscriptionConfirmation(TOPIC, subscribeUrl, NOW.minusSeconds(2))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("SUBSCRIBED"));
        sns.verify(1, getRequestedFor(urlPathEqualTo("/")));
        assertThat(jdbc.queryForObject("select sns_topic_arn from incidents.integration", String.class))
                .isEqualTo(TOPIC);

        String alarm = signed(Payloads.text("cloudwatch-alarm.json"), NOW.minusSeconds(1));
        mvc.perform(snsPost(alarms, "Notification", alarm))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("ACCEPTED"))
                .andExpect(jsonPath("$.alerts").value(1));
        mvc.perform(snsPost(alarms, "Notification", alarm))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("DUPLICATE"));

        assertThat(jdbc.queryForObject("select dedup_key || ' ' || occurrences || ' ' || account_id"
                + " from incidents.alert", String.class))
                .isEqualTo("arn:aws:cloudwatch:eu-central-1:382272806015:alarm:payments-api-5xx 1 382272806015");
        assertThat(sns.findAll(getRequestedFor(urlPathEqualTo("/SimpleNotificationService-test.pem"))))
                .as("fetched at most once (the certificate is kept across this context's tests)").hasSizeLessThan(2);
    }

    @Test
    void aTamperedOrOldSnsMessageIs403StoresNothingAndIsCounted() throws Exception {
        CreatedIntegration alarms = integration("sns", "CloudWatch alarms");
        String alarm = signed(Payloads.text("cloudwatch-alarm.json"), NOW.minusSeconds(1));
        String tampered = alarm.replace("payments-api-5xx", "checkout-api-5xx");
        String old = signed(Payloads.text("cloudwatch-alarm.json"), NOW.minus(Duration.ofHours(2)));
        double before = meters.counter("portal.incidents.sns.refused", "reason", "signature").count();

        mvc.perform(snsPost(alarms, "Notification", tampered))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("does not match")));
        mvc.perform(snsPost(alarms, "Notification", old)).andExpect(status().isForbidden());
        mvc.perform(post(alarms.url().replace(alarms.secret(), "wrong-secret")).content(alarm))
                .andExpect(status().isUnauthorized());
        mvc.perform(snsPost(alarms, "Notification", "not json")).andExpect(status().isBadRequest());

        assertThat(meters.counter("portal.incidents.sns.refused", "reason", "signature").count() - before)
                .isEqualTo(1);
        assertThat(meters.counter("portal.incidents.sns.refused", "reason", "timestamp").count()).isEqualTo(1);
        assertThat(count("raw_payload")).isZero();
        assertThat(count("alert")).isZero();
    }
}
