package dev.skyway.portal.cost.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.cost.CostImport;
import dev.skyway.portal.cost.CostImports;
import dev.skyway.portal.cost.CostInsights;
import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.CostTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * What the cost views' browserless tests share (one Spring context): the real facades on H2 at a fixed time
 * (2024-10-20, so the FOCUS 1.2 fixture is this month and the FOCUS 1.0 one last month), the sandbox inventory
 * synced, and the finance user fay logged in. Views are built directly and attached to the UI (browserless tests
 * have no Spring instantiator).
 */
@SpringBootTest(classes = CostTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ViewPackages(classes = CostOverviewView.class)
abstract class CostViewTest extends BrowserlessTest {

    static final Instant NOW = Instant.parse("2024-10-20T08:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2024-10-20");
    static final String V10 = "focus-1.0-aws.csv";
    static final String V12 = "focus-1.2-mixed.csv";

    @Autowired
    CostImports imports;

    @Autowired
    CostReports reports;

    @Autowired
    CostInsights insights;

    @Autowired
    Accounts accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @BeforeEach
    void financeAtAFixedTimeWithASyncedInventory() {
        clock.set(NOW);
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        TestUsers.loginAs("fay", Role.FINANCE);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    void noCostData() {
        jdbc.update("delete from cost.anomaly");
        jdbc.update("delete from cost.daily_tag_cost");
        jdbc.update("delete from cost.daily_cost");
        jdbc.update("delete from cost.billing_period");
        jdbc.update("delete from cost.cost_import");
    }

    /** September 2024 from the FOCUS 1.0 fixture, October 2024 (USD and EUR) from the FOCUS 1.2 one. */
    void bothFixturesImported() {
        noCostData();
        importAndWait(V10);
        importAndWait(V12);
    }

    CostImport importAndWait(String fixture) {
        return waitFor(imports.upload(new ByteArrayInputStream(fixture(fixture)), "CSV", fixture).costImport().id());
    }

    CostImport waitFor(UUID id) {
        for (int i = 0; i < 600; i++) {
            CostImport now = imports.find(id).orElseThrow();
            if (!CostImport.RUNNING.equals(now.status())) {
                return now;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish in 30 s");
    }

    static byte[] fixture(String name) {
        try (InputStream in = CostViewTest.class.getResourceAsStream("/focus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T extends Component> T attached(T view) {
        UI.getCurrent().add(view);
        return view;
    }
}
