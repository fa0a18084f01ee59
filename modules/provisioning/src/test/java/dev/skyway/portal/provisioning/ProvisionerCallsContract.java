package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.skyway.portal.provisioning.internal.Provisioner;

/**
 * No call to the provisioner (AWS, or the sandbox standing in for it) is made inside a database transaction: the
 * approval listener, the poller's start and its reading of records, updates and terminations all lock the request
 * only around their own short database work (H2 and PostgreSQL through the subclasses).
 */
@Import(ProvisionerCallsContract.Recording.class)
abstract class ProvisionerCallsContract extends SandboxContract {

    /** Each provisioner call as {@code method:in-transaction}. */
    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class Recording {

        @Bean
        static BeanPostProcessor recordWhetherProvisionerCallsRunInATransaction() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof Provisioner provisioner)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(Provisioner.class.getClassLoader(),
                            new Class<?>[] {Provisioner.class}, (proxy, method, args) -> {
                                CALLS.add(method.getName() + ":"
                                        + TransactionSynchronizationManager.isActualTransactionActive());
                                try {
                                    return method.invoke(provisioner, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                }
            };
        }
    }

    @Autowired
    ProvisionedResources resources;

    @Test
    void provisioningUpdatingTerminatingAndFollowingRecordsCallTheProvisionerOutsideTransactions() {
        CALLS.clear();
        String suffix = "calls-" + ProductRequestsContract.suffix();
        ProductRequest submitted = requests.submit(ProductRequestsContract.bucket("dev", suffix));
        awaitRecord(submitted.id());
        // a crash after the call, before its record id was kept: the poller starts again
        jdbc.update("update provisioning.product_request set record_id = null where id = ?", submitted.id());
        lifecycle.poll();
        sandboxFinishes();
        assertThat(requests.get(submitted.id()).status()).isEqualTo(RequestStatus.PROVISIONED);

        ProductRequest update = resources.requestUpdate(submitted.id(), Map.of("BucketNameSuffix", suffix,
                "Versioning", "Suspended"), "versioning off");
        awaitRecord(update.id());
        sandboxFinishes();
        ProductRequest termination = resources.requestTermination(submitted.id(), "not needed any more");
        awaitRecord(termination.id());
        sandboxFinishes();
        assertThat(requests.get(termination.id()).status()).isEqualTo(RequestStatus.TERMINATED);

        assertThat(CALLS).extracting(c -> c.substring(0, c.indexOf(':')))
                .contains("provision", "update", "terminate", "describe");
        assertThat(CALLS).as("calls made inside a transaction").noneMatch(c -> c.endsWith(":true"));
    }

    /** The listener's call happens after the approval's commit, on another thread: wait for its record. */
    void awaitRecord(UUID id) {
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> requests.get(id).recordId() != null);
    }
}
