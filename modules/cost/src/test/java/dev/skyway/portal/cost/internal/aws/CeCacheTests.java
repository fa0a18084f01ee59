package dev.skyway.portal.cost.internal.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The answer cache on the real cost schema: get, replace, and freshness by the clock. */
class CeCacheTests {

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    CeFixture fixture = new CeFixture(aws, 300);
    CeCache cache = fixture.cache;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aMissingKeyHasNothing() {
        assertThat(cache.get("forecast:x")).isEmpty();
        assertThat(cache.fresh("forecast:x", Duration.ofHours(8))).isEmpty();
    }

    @Test
    void putStoresTheBodyWithItsFetchTimeAndReplacesAnEarlierAnswer() {
        cache.put("forecast:x", "[1]");
        fixture.clock.advance(Duration.ofHours(1));
        cache.put("forecast:x", "[2]");

        CeCache.Entry entry = cache.get("forecast:x").orElseThrow();
        assertThat(entry.body()).isEqualTo("[2]");
        assertThat(entry.fetchedAt()).isEqualTo(CeFixture.NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void anAnswerIsFreshUntilItIsMaxAgeOld() {
        cache.put("forecast:x", "[1]");

        fixture.clock.advance(Duration.ofHours(8).minusSeconds(1));
        assertThat(cache.fresh("forecast:x", Duration.ofHours(8))).map(CeCache.Entry::body).contains("[1]");
        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(cache.fresh("forecast:x", Duration.ofHours(8))).isEmpty();
        assertThat(cache.get("forecast:x")).isPresent();
    }
}
