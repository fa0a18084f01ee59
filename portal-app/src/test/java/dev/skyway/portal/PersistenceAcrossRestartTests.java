package dev.skyway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditQuery;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/** The embedded default keeps its data in an H2 file: stop the portal, start it again, nothing is lost. */
class PersistenceAcrossRestartTests {

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() {
        Path file = Path.of("target", "restart-test-" + UUID.randomUUID(), "skyway");
        String url = "jdbc:h2:file:" + file.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

        try (ConfigurableApplicationContext first = start(url)) {
            first.getBean(AuditLedger.class).append(new AuditActor("local", "admin", "Ada Admin"),
                    AuditRecord.of("restart.marker", "test", "before-restart", Map.of()), null);
        }
        try (ConfigurableApplicationContext second = start(url)) {
            TestUsers.loginAs("security", Role.SECURITY);
            AuditLedger ledger = second.getBean(AuditLedger.class);
            assertThat(ledger.search(new AuditQuery(null, null, null, "restart.marker", null), 0, 10))
                    .singleElement()
                    .satisfies(e -> assertThat(e.targetId()).isEqualTo("before-restart"));
            assertThat(ledger.verify().intact()).isTrue();
        } finally {
            TestUsers.logout();
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        // command-line arguments, so they win over application.yml (builder properties are only defaults)
        return new SpringApplicationBuilder(PortalApplication.class)
                .run("--spring.datasource.url=" + url, "--server.port=0");
    }
}
