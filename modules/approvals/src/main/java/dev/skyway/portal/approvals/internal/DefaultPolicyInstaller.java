package dev.skyway.portal.approvals.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** At startup, stores the shipped default policy as version 1 unless a policy exists (another replica may win). */
@Component
class DefaultPolicyInstaller implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultPolicyInstaller.class);

    private final PolicyStore store;
    private final TransactionTemplate transactions;

    DefaultPolicyInstaller(PolicyStore store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (Boolean.TRUE.equals(transactions.execute(status -> store.installDefaultIfMissing()))) {
                LOG.info("Installed the shipped approval policy as version 1");
            }
        } catch (DuplicateKeyException e) {
            LOG.debug("Another replica installed the approval policy first");
        }
    }
}
