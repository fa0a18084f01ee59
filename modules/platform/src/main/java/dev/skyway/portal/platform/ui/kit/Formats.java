package dev.skyway.portal.platform.ui.kit;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * Money and time as users read them: times in the browser's time zone (UTC until the browser told us), money
 * with its currency. Absent values show as an em dash.
 */
public final class Formats {

    private static final String ZONE_KEY = Formats.class.getName() + ".zone";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String NONE = "—";

    private Formats() {
    }

    /** Asks the browser for its time zone once per session; later calls use the answer. */
    public static void learnZone(UI ui) {
        VaadinSession session = ui.getSession();
        if (session != null && session.getAttribute(ZONE_KEY) == null) {
            ui.getPage().retrieveExtendedClientDetails(details -> {
                try {
                    session.setAttribute(ZONE_KEY, ZoneId.of(details.getTimeZoneId()));
                } catch (RuntimeException e) {
                    session.setAttribute(ZONE_KEY, ZoneOffset.UTC);
                }
            });
        }
    }

    /** The user's zone, or UTC when unknown. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_KEY);
        return zone instanceof ZoneId z ? z : ZoneOffset.UTC;
    }

    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? NONE : DATE_TIME.format(instant.atZone(zone()));
    }

    /** Like {@link #dateTime(Instant)} with the zone's abbreviation, for places where the zone matters. */
    public static String dateTimeWithZone(@Nullable Instant instant) {
        return instant == null ? NONE : dateTime(instant) + " " + zone().getId();
    }

    public static String money(@Nullable BigDecimal amount, @Nullable Currency currency) {
        if (amount == null || currency == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(currency);
        return format.format(amount);
    }
}
