package dev.skyway.portal.approvals;

import java.util.ArrayList;
import java.util.List;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The SQL statements jOOQ executes on the calling thread while an action runs. Only that thread's: the audit
 * ledger and other listeners write on their own threads at any time.
 */
class StatementLog implements ExecuteListener {

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    List<String> during(Runnable action) {
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            action.run();
        } finally {
            recording.remove();
        }
        return statements;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        List<String> statements = recording.get();
        if (statements != null) {
            statements.add(ctx.sql());
        }
    }

    /** Registers the log with the application's jOOQ configuration (Spring Boot adds every listener provider). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        StatementLog statementLog() {
            return new StatementLog();
        }

        @Bean
        ExecuteListenerProvider statementLogListener(StatementLog log) {
            return new DefaultExecuteListenerProvider(log);
        }
    }
}
