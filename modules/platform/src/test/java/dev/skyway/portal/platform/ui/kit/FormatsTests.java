package dev.skyway.portal.platform.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class FormatsTests {

    @Test
    void moneyShowsItsCurrency() {
        assertThat(Formats.money(new BigDecimal("1234.5"), Currency.getInstance("USD"))).isEqualTo("$1,234.50");
        assertThat(Formats.money(new BigDecimal("99"), Currency.getInstance("EUR"))).isEqualTo("€99.00");
        assertThat(Formats.money(null, Currency.getInstance("USD"))).isEqualTo("—");
    }

    @Test
    void timesWithoutAKnownBrowserZoneAreShownInUtc() {
        assertThat(Formats.dateTime(Instant.parse("2026-11-21T08:05:03Z"))).isEqualTo("2026-11-21 08:05:03");
        assertThat(Formats.dateTimeWithZone(Instant.parse("2026-11-21T08:05:03Z"))).endsWith(" Z");
        assertThat(Formats.dateTime(null)).isEqualTo("—");
    }
}
