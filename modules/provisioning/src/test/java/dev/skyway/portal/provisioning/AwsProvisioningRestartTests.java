package dev.skyway.portal.provisioning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.internal.Provisioner;
import dev.skyway.portal.provisioning.internal.requests.RequestLifecycle;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.ProvisioningTestApplication;
import dev.skyway.testsupport.TestUsers;

/**
 * Provisioning in AWS mode over the wire (WireMock speaking Service Catalog's JSON protocol), with the portal started
 * as a whole over an H2 file database: AWS throttling is shown as pending and retried after a backoff until it
 * succeeds; and a portal that dies right after ProvisionProduct was sent (before the record id was stored) sends the
 * same ProvisionToken again after a restart and ends PROVISIONED. The catalog is first synced from the sandbox into the
 * same database (the AWS catalog sync has its own tests).
 */
class AwsProvisioningRestartTests {

    static final String TARGET = "AWS242ServiceCatalogService.";
    static final String JSON = "application/x-amz-json-1.1";
    static final AtomicBoolean CRASH_AFTER_PROVISION = new AtomicBoolean();

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    String url;

    @BeforeAll
    static void credentials() {
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "secret");
    }

    @AfterAll
    static void noCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @BeforeEach
    void databaseWithTheCatalog() {
        Path file = Path.of("target", "aws-restart-" + UUID.randomUUID(), "skyway");
        url = "jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH";
        try (ConfigurableApplicationContext sandbox = start("sandbox")) {
            TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
            sandbox.getBean(Catalog.class).syncNow();
        } finally {
            TestUsers.logout();
        }
        CRASH_AFTER_PROVISION.set(false);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void throttlingIsShownAsPendingAndRetriedAfterABackoffUntilProvisioned() {
        aws.stubFor(operation("ProvisionProduct").inScenario("provision").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(throttled(400, "ThrottlingException")).willSetStateTo("answering"));
        aws.stubFor(operation("ProvisionProduct").inScenario("provision").whenScenarioStateIs("answering")
                .willReturn(ok("{\"RecordDetail\": {\"RecordId\": \"rec-thr\", \"Status\": \"CREATED\"}}")));
        aws.stubFor(operation("DescribeRecord").inScenario("describe").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(throttled(429, null)).willSetStateTo("answering"));
        aws.stubFor(operation("DescribeRecord").inScenario("describe").whenScenarioStateIs("answering")
                .willReturn(succeeded("rec-thr")));

        try (ConfigurableApplicationContext portal = start("aws")) {
            MutableClock clock = portal.getBean(MutableClock.class);
            clock.set(Instant.parse("2026-05-01T10:00:00Z"));
            RequestLifecycle lifecycle = portal.getBean(RequestLifecycle.class);
            ProductRequests requests = portal.getBean(ProductRequests.class);
            ProductRequestChanges changes = portal.getBean(ProductRequestChanges.class);
            TestUsers.loginAs("erin", Role.ENGINEER);

            UUID id = requests.submit(bucket()).id();
            ProductRequest waiting = await(requests, id, r -> RequestLifecycle.THROTTLED.equals(r.statusReason()));
            assertThat(waiting.status()).isEqualTo(RequestStatus.PROVISIONING);
            assertThat(waiting.recordId()).isNull();
            assertThat(changes.progress(id).retryAfter()).isAfter(clock.instant());

            lifecycle.poll(); // still backing off: no call
            assertThat(provisionCalls()).hasSize(1);

            clock.advance(Duration.ofSeconds(11));
            lifecycle.poll(); // ProvisionProduct answers, with the same token
            ProductRequest started = requests.get(id);
            assertThat(started.recordId()).isEqualTo("rec-thr");
            assertThat(started.statusReason()).isNull();

            lifecycle.poll(); // DescribeRecord is throttled (HTTP 429)
            ProductRequest describing = requests.get(id);
            assertThat(describing.status()).isEqualTo(RequestStatus.PROVISIONING);
            assertThat(describing.statusReason()).isEqualTo(RequestLifecycle.THROTTLED);

            clock.advance(Duration.ofSeconds(11));
            lifecycle.poll();
            ProductRequest done = requests.get(id);
            assertThat(done.status()).isEqualTo(RequestStatus.PROVISIONED);
            assertThat(done.statusReason()).isNull();
            assertThat(done.outputs()).containsEntry("BucketName", "b-restart");
            assertThat(provisionCalls()).extracting(r -> (String) JsonPath.read(r.getBodyAsString(),
                    "$.ProvisionToken")).hasSize(2).containsOnly(token(provisionCalls().getFirst()));
        }
    }

    @Test
    void portalDyingAfterProvisionProductWasSentSendsTheSameTokenAfterARestart() {
        aws.stubFor(operation("ProvisionProduct")
                .willReturn(ok("{\"RecordDetail\": {\"RecordId\": \"rec-crash\", \"Status\": \"CREATED\"}}")));
        aws.stubFor(operation("DescribeRecord").willReturn(succeeded("rec-crash")));
        UUID id;
        CRASH_AFTER_PROVISION.set(true);
        try (ConfigurableApplicationContext first = start("aws", CrashAfterProvision.class)) {
            TestUsers.loginAs("erin", Role.ENGINEER);
            id = first.getBean(ProductRequests.class).submit(bucket()).id();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> provisionCalls().size() == 1
                    && !CRASH_AFTER_PROVISION.get());
            assertThat(first.getBean(ProductRequests.class).get(id).recordId()).isNull();
        }
        try (ConfigurableApplicationContext second = start("aws")) {
            ProductRequests requests = second.getBean(ProductRequests.class);
            TestUsers.loginAs("erin", Role.ENGINEER);
            ProductRequest restarted = await(requests, id, r -> r.recordId() != null);
            assertThat(restarted.recordId()).isEqualTo("rec-crash");

            second.getBean(RequestLifecycle.class).poll();

            assertThat(requests.get(id).status()).isEqualTo(RequestStatus.PROVISIONED);
            List<LoggedRequest> calls = provisionCalls();
            assertThat(calls).hasSize(2);
            assertThat(calls.stream().map(AwsProvisioningRestartTests::token).distinct()).hasSize(1);
        }
    }

    /** Lets ProvisionProduct go out, then "dies" before the record id is stored (once). */
    @Configuration(proxyBeanMethods = false)
    static class CrashAfterProvision {

        @Bean
        static BeanPostProcessor crashAfterProvision() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof Provisioner real)) {
                        return bean;
                    }
                    return new Provisioner() {
                        @Override
                        public String provision(Command command) {
                            String recordId = real.provision(command);
                            if (CRASH_AFTER_PROVISION.compareAndSet(true, false)) {
                                throw new IllegalStateException("simulated crash after ProvisionProduct");
                            }
                            return recordId;
                        }

                        @Override
                        public Record describe(String recordId) {
                            return real.describe(recordId);
                        }

                        @Override
                        public String update(UpdateCommand command) {
                            return real.update(command);
                        }

                        @Override
                        public String terminate(TerminateCommand command) {
                            return real.terminate(command);
                        }
                    };
                }
            };
        }
    }

    ConfigurableApplicationContext start(String mode, Class<?>... extra) {
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = ProvisioningTestApplication.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        return new SpringApplicationBuilder(sources).run("--spring.datasource.url=" + url,
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--portal.aws.mode=" + mode, "--portal.aws.region=eu-central-1",
                "--portal.aws.endpoint-override=" + aws.baseUrl(), "--portal.aws.max-attempts=1",
                "--spring.modulith.events.republish-outstanding-events-on-restart=true",
                // a random port: another portal (or test) may hold 8080 on this machine
                "--server.port=0");
    }

    static ProductRequest await(ProductRequests requests, UUID id,
                                java.util.function.Predicate<ProductRequest> condition) {
        org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20))
                .until(() -> condition.test(requests.get(id)));
        return requests.get(id);
    }

    static NewProductRequest bucket() {
        return new NewProductRequest("prod-sbxs3bucket01", null, "dev", "123456789012",
                Map.of("BucketNameSuffix", "restart-" + UUID.randomUUID().toString().substring(0, 8)),
                "artifacts", null, ProductRequestsContract.TAGS);
    }

    static List<LoggedRequest> provisionCalls() {
        return aws.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET + "ProvisionProduct")));
    }

    static String token(LoggedRequest request) {
        return JsonPath.read(request.getBodyAsString(), "$.ProvisionToken");
    }

    static MappingBuilder operation(String name) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody(body);
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder succeeded(String recordId) {
        return ok("""
                {"RecordDetail": {"RecordId": "%s", "Status": "SUCCEEDED"},
                 "RecordOutputs": [{"OutputKey": "BucketName", "OutputValue": "b-restart"}]}""".formatted(recordId));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder throttled(int status, String type) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON).withHeader("x-amzn-RequestId", "req-t")
                .withBody(type == null ? "{\"message\":\"Too Many Requests\"}"
                        : "{\"__type\":\"" + type + "\",\"message\":\"Rate exceeded\"}");
    }
}
