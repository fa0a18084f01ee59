package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.portal.provisioning.internal.requests.RequestReads;
import dev.skyway.testsupport.ModuleEvents;
import dev.skyway.testsupport.TestUsers;

/**
 * The lists read a page in one query (H2 and PostgreSQL through the subclasses), with everything each item shows, the
 * same as reading the item alone: parameter values in form order with NoEcho masked, tags in the order given, outputs,
 * and a resource's change under way.
 */
@Import(RequestListsContract.Queries.class)
abstract class RequestListsContract extends SandboxContract {

    @Autowired
    QueryCounter queries;

    @Autowired
    ProvisionedResources resources;

    @Autowired
    ProductRequestChanges changes;

    @Autowired
    RequestReads reads;

    @Test
    void theCallersRequestsAreListedInOneQueryEachAsReadAlone() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("data-classification", "internal");
        tags.put("cost-center", "CC-1001 Payments");
        tags.put("owner", "erin");
        UUID bucket = requests.submit(ProductRequestsContract.bucket("dev", "list-" + ProductRequestsContract.suffix(),
                tags)).id();
        UUID database = requests.submit(ProductRequestsContract.database("staging", "db.t4g.micro", "20")).id();
        ModuleEvents.settle(jdbc);

        int read = queries.during(() -> requests.mine(null, 0, 50));
        List<ProductRequest> page = requests.mine(null, 0, 50);

        assertThat(read).as("one query for the page").isEqualTo(1);
        assertThat(page).extracting(ProductRequest::id).contains(bucket, database);
        for (ProductRequest listed : page) {
            ProductRequest alone = requests.get(listed.id());
            assertThat(listed).isEqualTo(alone);
            assertThat(listed.parameters().keySet()).containsExactlyElementsOf(alone.parameters().keySet());
            assertThat(listed.tags().keySet()).containsExactlyElementsOf(alone.tags().keySet());
        }
        ProductRequest listedDatabase = page.stream().filter(r -> r.id().equals(database)).findFirst().orElseThrow();
        assertThat(listedDatabase.parameters().keySet()).as("form order").startsWith("MasterPassword",
                "InstanceClass", "AllocatedStorage");
        assertThat(listedDatabase.parameters()).containsEntry("MasterPassword", ProductRequest.MASKED);
        ProductRequest listedBucket = page.stream().filter(r -> r.id().equals(bucket)).findFirst().orElseThrow();
        assertThat(listedBucket.tags().keySet()).as("TagOptions first, then free tags")
                .containsExactly("cost-center", "data-classification", "owner");
    }

    @Test
    void theStartPageCountsTheCallersRequestsByStatusInSqlAndReadsTheMostUrgentFirst() {
        requests.submit(ProductRequestsContract.bucket("dev", "urg-" + ProductRequestsContract.suffix()));
        UUID withdrawn = requests.submit(ProductRequestsContract.database("staging", "db.t4g.micro", "20")).id();
        requests.submit(ProductRequestsContract.database("staging", "db.t4g.micro", "20"));
        ModuleEvents.settle(jdbc);
        if (requests.get(withdrawn).status() == RequestStatus.PENDING_APPROVAL) {
            changes.withdraw(withdrawn, "not needed after all");
        }
        UserKey me = TestUsers.user("erin", Role.ENGINEER).key();
        List<ProductRequest> all = requests.mine(null, 0, 500);
        List<RequestStatus> newestFirst = all.stream().map(ProductRequest::status).distinct().toList();
        assertThat(newestFirst).as("requests in several statuses").hasSizeGreaterThan(1);

        Map<RequestStatus, Integer> expected = new java.util.EnumMap<>(RequestStatus.class);
        all.forEach(r -> expected.merge(r.status(), 1, Integer::sum));
        assertThat(reads.countsByStatus(me)).isEqualTo(expected);

        // the oldest status first: an order that newest-first alone would not give
        List<RequestStatus> first = newestFirst.reversed().subList(0, 1);
        List<UUID> urgentFirst = all.stream()
                .sorted(java.util.Comparator.comparingInt(r -> first.contains(r.status()) ? 0 : 1))
                .limit(3).map(ProductRequest::id).toList();
        assertThat(reads.requestsFirstIn(me, java.util.EnumSet.allOf(RequestStatus.class), first, 3))
                .extracting(ProductRequest::id).containsExactlyElementsOf(urgentFirst);
        assertThat(reads.requestsFirstIn(me, java.util.EnumSet.of(first.getFirst()), List.of(), 500))
                .extracting(ProductRequest::status).containsOnly(first.getFirst())
                .hasSize(expected.get(first.getFirst()));
    }

    @Test
    void provisionedProductsAreListedInOneQueryWithTheirChangeUnderWay() {
        String suffix = "lst-" + ProductRequestsContract.suffix();
        ProductRequest submitted = requests.submit(ProductRequestsContract.bucket("dev", suffix));
        awaitStatus(submitted.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        ProductRequest update = resources.requestUpdate(submitted.id(), Map.of("BucketNameSuffix", suffix,
                "Versioning", "Suspended"), "versions cost too much");
        awaitStatus(update.id(), RequestStatus.PROVISIONING);
        ModuleEvents.settle(jdbc);

        ResourceQuery query = new ResourceQuery(suffix, null, null);
        int read = queries.during(() -> resources.mine(query, 0, 10));
        List<ProvisionedResource> page = resources.mine(query, 0, 10);

        assertThat(read).as("one query for the page").isEqualTo(1);
        assertThat(page).singleElement().isEqualTo(resources.get(submitted.id())).satisfies(r -> {
            assertThat(r.pendingChange()).isEqualTo(update.id());
            assertThat(r.pendingAction()).isEqualTo(RequestAction.UPDATE);
            assertThat(r.outputs()).containsKey("BucketName");
            assertThat(r.parameters()).containsEntry("BucketNameSuffix", suffix);
        });
    }

    /** Counts the statements jOOQ runs on the calling thread (listeners and the poller run on others). */
    static class QueryCounter implements ExecuteListener {

        private final ThreadLocal<int[]> executed = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public void executeStart(ExecuteContext ctx) {
            executed.get()[0]++;
        }

        int during(Runnable read) {
            int before = executed.get()[0];
            read.run();
            return executed.get()[0] - before;
        }
    }

    @TestConfiguration
    static class Queries {

        @Bean
        QueryCounter queryCounter() {
            return new QueryCounter();
        }

        @Bean
        DefaultExecuteListenerProvider queryCounting(QueryCounter counter) {
            return new DefaultExecuteListenerProvider(counter);
        }
    }
}
