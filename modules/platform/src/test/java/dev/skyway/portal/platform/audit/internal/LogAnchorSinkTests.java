package dev.skyway.portal.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.skyway.portal.platform.audit.AuditAnchor;

/** The anchor log line: on its own logger, with entry id, hash and time in the text and as key-value pairs. */
class LogAnchorSinkTests {

    private final Logger logger = (Logger) LoggerFactory.getLogger(LogAnchorSink.LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level before;

    @BeforeEach
    void capture() {
        before = logger.getLevel();
        logger.setLevel(Level.INFO);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
        logger.setLevel(before);
    }

    @Test
    void writesOneStructuredLineWithEntryHashAndTime() {
        new LogAnchorSink().write(new AuditAnchor("main", 7, "cd".repeat(32), Instant.parse("2026-12-03T06:00:00Z")));

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).isEqualTo("audit-anchor chain=main seq=7 hash=" + "cd".repeat(32)
                    + " anchoredAt=2026-12-03T06:00:00Z");
            assertThat(event.getKeyValuePairs()).extracting(kv -> kv.key + "=" + kv.value)
                    .containsExactly("chain=main", "seq=7", "hash=" + "cd".repeat(32),
                            "anchoredAt=2026-12-03T06:00:00Z");
        });
    }
}
