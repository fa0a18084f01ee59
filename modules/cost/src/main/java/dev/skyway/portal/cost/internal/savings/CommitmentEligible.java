package dev.skyway.portal.cost.internal.savings;

import static dev.skyway.schema.cost.Tables.DAILY_COST;

import java.util.List;

import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The compute that Savings Plans (and EC2 Reserved Instances) can cover, by FOCUS {@code ServiceName}: EC2, Lambda,
 * Fargate, ECS and EKS. The same set is a Savings Plan's "compute spend" when its realized savings are measured.
 */
final class CommitmentEligible {

    static final List<String> SERVICE_NAME_PARTS = List.of("Elastic Compute Cloud", "Lambda", "Fargate",
            "Elastic Container", "Elastic Kubernetes");

    static final String USAGE = "Usage";
    static final String PURCHASE = "Purchase";
    static final String COMMITTED = "Committed";

    private CommitmentEligible() {
    }

    /** Rollup rows of eligible services. */
    static Condition service() {
        return DSL.or(SERVICE_NAME_PARTS.stream().map(DAILY_COST.SERVICE_NAME::contains).toList());
    }

    static boolean matches(String serviceName) {
        return SERVICE_NAME_PARTS.stream().anyMatch(serviceName::contains);
    }
}
