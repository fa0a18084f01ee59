package dev.skyway.portal.compliance.internal.parse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** Lenient readers for the values findings files carry: text that may be a number, times in several shapes. */
final class Values {

    /** ISO date-times with an offset written {@code Z}, {@code +00:00} or {@code +0000}, and 0-9 fraction digits. */
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private Values() {
    }

    /** The node's value as text (strings, numbers, booleans), absent for missing, null, blank and containers. */
    static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        String text = node.isString() ? node.stringValue() : node.asString();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text at a path of object fields. */
    static @Nullable String text(JsonNode node, String... path) {
        JsonNode at = node;
        for (String field : path) {
            at = at.path(field);
        }
        return text(at);
    }

    /** The first value given, else {@code fallback}. */
    static String firstOr(String fallback, @Nullable String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return fallback;
    }

    /** The first value given, if any. */
    static @Nullable String first(@Nullable String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The first time given, if any. */
    static @Nullable Instant firstTime(@Nullable Instant... values) {
        for (Instant value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Blank as absent, and stripped. */
    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A time as tools write them: ISO-8601 with or without an offset (none means UTC, as Prowler writes), with a
     * space instead of the {@code T}, or epoch seconds or milliseconds; absent when it is none of these.
     */
    static @Nullable Instant instant(@Nullable String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 15) {
            return epoch(Long.parseLong(text));
        }
        if (text.length() > 10 && text.charAt(10) == ' ') {
            text = text.substring(0, 10) + 'T' + text.substring(11);
        }
        try {
            var parsed = OFFSET.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime o ? o.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A time from a node that may hold text or an epoch number. */
    static @Nullable Instant instant(JsonNode node) {
        if (node.isNumber()) {
            return epoch(node.asLong());
        }
        return instant(text(node));
    }

    /** OCSF writes milliseconds, Prowler seconds: anything below year 5138 in seconds is taken as seconds. */
    static Instant epoch(long value) {
        return value < 100_000_000_000L ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
    }

    /** At most {@code max} characters (columns have limits; an ellipsis says something was cut). */
    static @Nullable String truncate(@Nullable String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }
}
