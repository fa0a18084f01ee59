package dev.skyway.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.accounts.internal.requests.AccountRequestStore;
import dev.skyway.portal.accounts.internal.requests.VendingRunner;
import dev.skyway.portal.accounts.internal.vending.AccountCloser;
import dev.skyway.portal.accounts.internal.vending.AccountVendor;
import dev.skyway.portal.accounts.internal.vending.BaselineDeployer;
import dev.skyway.portal.accounts.internal.vending.BudgetRecorder;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * Record before call, call outside: every call the vending job makes to AWS's ports (create, find, progress, place,
 * baselines, budget, close, status) runs with no database transaction open, so no {@code FOR UPDATE} lock of the
 * request is held while AWS answers (slowly, or not at all). Proved by test doubles around the real (sandbox) ports
 * that note any open transaction and, during each call, lock and update the request row from another transaction.
 */
@SpringBootTest(classes = VendingOutsideTransactionsTests.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
class VendingOutsideTransactionsTests {

    static final Set<Class<?>> PORTS = Set.of(AccountVendor.class, BaselineDeployer.class, BudgetRecorder.class,
            AccountCloser.class);
    /** Port calls made while a transaction was open, as {@code Port.method}. */
    static final Set<String> CALLS_IN_TRANSACTION = ConcurrentHashMap.newKeySet();
    /** Port calls during which another transaction could not lock the request row. */
    static final Set<String> CALLS_HOLDING_THE_ROW = ConcurrentHashMap.newKeySet();
    static final Set<String> CALLS = ConcurrentHashMap.newKeySet();
    /** The request under test, whose row the doubles try to lock. */
    static volatile UUID watched;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @SpringBootApplication(scanBasePackages = {
            "dev.skyway.portal.platform", "dev.skyway.portal.approvals", "dev.skyway.portal.accounts"})
    @EnableMethodSecurity(jsr250Enabled = true)
    static class App {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        static BeanPostProcessor portsWatched(org.springframework.beans.factory.ObjectProvider<JdbcTemplate> jdbc,
                                              org.springframework.beans.factory.ObjectProvider<
                                                      TransactionTemplate> tx) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    Class<?> port = PORTS.stream().filter(p -> p.isInstance(bean)).findFirst().orElse(null);
                    if (port == null || Proxy.isProxyClass(bean.getClass())) {
                        return bean;
                    }
                    return watch(port, bean, jdbc, tx);
                }
            };
        }

        /** The port, noting each call made in a transaction or while the watched request's row stays locked. */
        private static Object watch(Class<?> port, Object bean, org.springframework.beans.factory.ObjectProvider<
                JdbcTemplate> jdbc, org.springframework.beans.factory.ObjectProvider<TransactionTemplate> tx) {
            return Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class || method.getName().equals("name")) {
                    return invoke(bean, method, args);
                }
                String call = port.getSimpleName() + "." + method.getName();
                CALLS.add(call);
                if (TransactionSynchronizationManager.isActualTransactionActive()) {
                    CALLS_IN_TRANSACTION.add(call);
                }
                if (watched != null && !lockableElsewhere(jdbc.getObject(), tx.getObject(), watched)) {
                    CALLS_HOLDING_THE_ROW.add(call);
                }
                return invoke(bean, method, args);
            });
        }

        private static Object invoke(Object bean, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(bean, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        /** Another transaction, on another thread, locks and updates the row; false when it had to wait 3 s. */
        private static boolean lockableElsewhere(JdbcTemplate jdbc, TransactionTemplate tx, UUID id) {
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
                jdbc.queryForList("select id from accounts.account_request where id = ? for update", id);
                jdbc.update("update accounts.account_request set updated_at = updated_at where id = ?", id);
            }));
            try {
                other.get(3, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                return false;
            }
        }
    }

    @Autowired
    AccountRequests requests;

    @Autowired
    AccountClosings closings;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRequestStore store;

    @Autowired
    VendingRunner runner;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void synced() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
    }

    @AfterEach
    void logout() {
        watched = null;
        TestUsers.logout();
    }

    @Test
    void vendingAndClosingAnAccountCallTheirPortsWithNoTransactionOpenAndTheRequestRowFree() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        String name = "notx-" + UUID.randomUUID().toString().substring(0, 8);
        AccountRequest submitted = requests.submit(new NewAccountRequest(name, "aws+" + name + "@example.com",
                AccountRequestsContract.SANDBOX_OU, "Erin", "Engineer", "erin@example.com", "payments", "CC-2100",
                "dev", new BigDecimal("100.00"), List.of("security-baseline"), Map.of(), "no locks held"));
        decide(submitted.id(), "avery", Role.APPROVER);
        watched = submitted.id();

        for (int i = 0; i < 6 && store.find(submitted.id()).orElseThrow().status() != AccountRequestStatus.PROVISIONED;
             i++) {
            runner.tick();
            clock.advance(Duration.ofSeconds(10));
        }
        String accountId = store.find(submitted.id()).orElseThrow().vending().accountId();
        assertThat(store.find(submitted.id()).orElseThrow().status()).isEqualTo(AccountRequestStatus.PROVISIONED);

        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        AccountRequest close = closings.requestClose(accountId, "done with it");
        decide(close.id(), "avery", Role.APPROVER);
        decide(close.id(), "sam", Role.SECURITY);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.find(close.id()).orElseThrow().status()
                == AccountRequestStatus.QUEUED);
        watched = close.id();
        for (int i = 0; i < 4 && store.find(close.id()).orElseThrow().status() != AccountRequestStatus.CLOSED; i++) {
            runner.tick();
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(store.find(close.id()).orElseThrow().status()).isEqualTo(AccountRequestStatus.CLOSED);

        assertThat(CALLS).contains("AccountVendor.start", "AccountVendor.progress", "AccountVendor.place",
                "BaselineDeployer.deploy", "BaselineDeployer.progress", "BudgetRecorder.create",
                "AccountCloser.close", "AccountCloser.status");
        assertThat(CALLS_IN_TRANSACTION).as("port calls made inside a transaction").isEmpty();
        assertThat(CALLS_HOLDING_THE_ROW).as("port calls during which the request row stayed locked").isEmpty();
    }

    private void decide(UUID id, String user, Role role) {
        TestUsers.loginAs(user, role);
        requests.approve(id, store.find(id).orElseThrow().approval().subjectHash(), "ok");
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            AccountRequestStatus status = store.find(id).orElseThrow().status();
            return status == AccountRequestStatus.QUEUED || status == AccountRequestStatus.PENDING_APPROVAL;
        });
    }
}
