package dev.skyway.portal.platform.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.audit.AuditAnchor;

/**
 * Writes each anchor as one structured log line on its own logger ({@code skyway.audit.anchor}), so operators can
 * ship it to a log store the database administrators cannot edit. The values are also key-value pairs for JSON logs.
 */
@Component
class LogAnchorSink implements AuditAnchorSink {

    static final String LOGGER_NAME = "skyway.audit.anchor";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    @Override
    public String name() {
        return "log";
    }

    @Override
    public void write(AuditAnchor anchor) {
        LOG.atInfo()
                .addKeyValue("chain", anchor.chain())
                .addKeyValue("seq", anchor.seq())
                .addKeyValue("hash", anchor.hash())
                .addKeyValue("anchoredAt", anchor.anchoredAt())
                .log("audit-anchor chain={} seq={} hash={} anchoredAt={}", anchor.chain(), anchor.seq(),
                        anchor.hash(), anchor.anchoredAt());
    }
}
