package dev.skyway.portal.cost.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.net.URI;
import java.time.Clock;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.skyway.portal.cost.internal.aws.CostExplorerAnomalies;
import dev.skyway.portal.cost.internal.aws.CostExplorerForecasts;
import dev.skyway.portal.cost.internal.aws.CostExplorerRecommendations;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;

/**
 * The Cost Explorer client is built on its first call, not with the beans that use it: a sandbox portal never
 * calls Cost Explorer and so never pays for building the client at start.
 */
class CostExplorerClientLazinessTests {

    private final AwsClientFactory aws = spy(new AwsClientFactory(
            new AwsProperties(AwsMode.SANDBOX, "eu-central-1", null, null, null, URI.create("http://127.0.0.1:1"),
                    null, null, 1),
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))));

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(CostExplorerConfiguration.class)
            .withBean(AwsClientFactory.class, () -> aws)
            .withBean(DSLContext.class, () -> mock(DSLContext.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(CostProperties.class, CostProperties::defaults);

    @Test
    void theBeansThatUseTheClientStartWithoutBuildingIt() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(CostExplorerForecasts.class)).isNotNull();
            assertThat(context.getBean(CostExplorerAnomalies.class)).isNotNull();
            assertThat(context.getBean(CostExplorerRecommendations.class)).isNotNull();
            verify(aws, never()).createIn(any(), any());
        });
    }

    @Test
    void askedForTheClientIsBuiltOnceInCostExplorersRegion() {
        runner.run(context -> {
            // the users' proxies resolve to this bean on their first call (CostExplorerModeTests call through them)
            assertThat(context.getBean(CostExplorerClient.class).serviceName())
                    .isEqualTo(CostExplorerClient.SERVICE_NAME);
            assertThat(context.getBean(CostExplorerClient.class)).isSameAs(context.getBean(CostExplorerClient.class));
            verify(aws, times(1)).createIn(eq(Region.US_EAST_1), any());
        });
    }
}
