package dev.skyway.portal.provisioning.internal.requests;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.internal.Provisioner;

/**
 * What a provisioning record says, kept on its request and the resource the request changes: a CREATE that succeeded
 * is provisioned with its outputs, an UPDATE carries its values and outputs over to the resource, a TERMINATE ends the
 * resource; a failed record fails the request (and a failed termination leaves the resource provisioned). What AWS says
 * of the provisioned product is kept on the resource either way. Runs in the poller's transaction, with the request
 * locked.
 */
@Component
class RecordOutcomes {

    private final Requests requests;
    private final RequestValues values;
    private final ProvisionedProducts products;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordOutcomes(Requests requests, RequestValues values, ProvisionedProducts products,
                   ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.values = values;
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    /** @return true when the request finished */
    boolean keep(RequestRow row, Provisioner.Record record) {
        Instant now = clock.instant();
        Transition heard = row.answered();
        if (record.provisionedProductId() != null && row.action() == RequestAction.CREATE) {
            heard = heard.then(r -> r.identified(record.provisionedProductId()));
        }
        if (record.productStatus() != null && record.state() != Provisioner.State.IN_PROGRESS
                && !(row.action() == RequestAction.TERMINATE && record.state() == Provisioner.State.SUCCEEDED)) {
            // what AWS says of the product now: kept on the resource (a CREATE request is its own resource)
            products.setHealth(row.action() == RequestAction.CREATE ? row.id() : row.resourceId(),
                    record.productStatus(), record.productStatusMessage(), row.id(), now);
        }
        return switch (record.state()) {
            case IN_PROGRESS -> {
                requests.save(heard);
                yield false;
            }
            case SUCCEEDED -> {
                succeeded(heard, record, now);
                yield true;
            }
            case FAILED -> {
                failed(heard, record.error(), now);
                yield true;
            }
        };
    }

    private void succeeded(Transition heard, Provisioner.Record record, Instant now) {
        RequestRow row = heard.after();
        if (row.action() == RequestAction.TERMINATE) {
            Transition done = heard.then(r -> r.terminated(now));
            requests.save(done);
            requests.save(resource(row).terminated(now));
            publish(done);
            return;
        }
        values.replaceOutputs(row.id(), record.outputs());
        Transition done = heard.then(r -> r.provisioned(now));
        requests.save(done);
        if (row.action() == RequestAction.UPDATE) {
            products.applyUpdate(row.resourceId(), values.parameters(row.id()), record.outputs(),
                    row.product().versionId(), row.product().versionName(), now);
        }
        requests.wipeSecrets(row.id());
        publish(done);
    }

    private void failed(Transition heard, String error, Instant now) {
        Transition failed = heard.then(r -> r.fail(error, now));
        requests.save(failed);
        publish(failed);
        if (failed.after().action() == RequestAction.TERMINATE) {
            requests.save(resource(failed.after()).terminationFailed(error, now));
        }
    }

    /** The provisioned product an UPDATE or TERMINATE changes (the request that provisioned it), locked. */
    private RequestRow resource(RequestRow change) {
        return requests.lock(change.resourceId()).orElseThrow();
    }

    private void publish(Transition transition) {
        transition.events().forEach(events::publishEvent);
    }
}
