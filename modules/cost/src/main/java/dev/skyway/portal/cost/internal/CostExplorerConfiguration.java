package dev.skyway.portal.cost.internal;

import java.time.Clock;

import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import dev.skyway.portal.cost.internal.aws.CeCache;
import dev.skyway.portal.cost.internal.aws.CeRequestLedger;
import dev.skyway.portal.cost.internal.aws.CeRequests;
import dev.skyway.portal.cost.internal.aws.CostExplorerAnomalies;
import dev.skyway.portal.cost.internal.aws.CostExplorerForecasts;
import dev.skyway.portal.cost.internal.aws.CostExplorerRecommendations;
import dev.skyway.portal.platform.aws.AwsClientFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;

/**
 * Cost Explorer's clients share one request ledger (every paid request counted against the monthly budget) and one
 * cache. The client answers in {@code us-east-1} only; building it calls nothing, so sandbox mode needs no
 * credentials (the jobs that use it run in AWS mode only).
 *
 * <p>The client is built on its first call, not at start: its users get a lazy proxy ({@code @Lazy} at each
 * injection point), so a sandbox portal, which never calls Cost Explorer, never loads the SDK's Cost Explorer model
 * (one of the slowest beans of a start, bench/results/startup.md).
 */
@Configuration(proxyBeanMethods = false)
class CostExplorerConfiguration {

    @Bean
    CeRequestLedger ceRequestLedger(DSLContext db, Clock clock, CostProperties properties,
                                    ObjectProvider<MeterRegistry> meters) {
        return new CeRequestLedger(db, clock, properties, meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

    @Bean
    CeCache ceCache(DSLContext db, Clock clock) {
        return new CeCache(db, clock);
    }

    @Bean
    CeRequests ceRequests(CeRequestLedger ledger) {
        return new CeRequests(ledger);
    }

    @Bean
    @Lazy
    CostExplorerClient costExplorerClient(AwsClientFactory aws) {
        return aws.createIn(Region.US_EAST_1, CostExplorerClient.builder());
    }

    @Bean
    CostExplorerRecommendations costExplorerRecommendations(@Lazy CostExplorerClient client, CeRequests requests) {
        return new CostExplorerRecommendations(client, requests);
    }

    @Bean
    CostExplorerAnomalies costExplorerAnomalies(@Lazy CostExplorerClient client, CeRequests requests) {
        return new CostExplorerAnomalies(client, requests);
    }

    @Bean
    CostExplorerForecasts costExplorerForecasts(@Lazy CostExplorerClient client, CeRequests requests, CeCache cache,
                                                CostProperties properties) {
        return new CostExplorerForecasts(client, requests, cache, properties);
    }
}
