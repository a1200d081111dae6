package org.crmkit.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/** Opens an opportunity in a stage with its first history step and announces it: the one way both qualifying and opening do it. */
final class OpportunityFactory {

    private final SalesOperations ops;

    OpportunityFactory(SalesOperations ops) {
        this.ops = ops;
    }

    /**
     * The opportunity opened earlier under {@code key}, if any, when it was the same request.
     *
     * @throws IdempotencyKeyReusedException if the key opened another opportunity
     */
    Optional<Opportunity> replay(TenantId tenantId, String key, String fingerprint) {
        return ops.ports.opportunities().findByKey(tenantId, key).map(earlier -> {
            if (!earlier.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException(key, "opportunity opening");
            }
            return earlier;
        });
    }

    /**
     * Opens and announces a new opportunity under {@code key}, or returns the one a concurrent call
     * opened under it (not fresh) if it was the same request.
     */
    SalesOperations.Created<Opportunity> open(String key, String fingerprint, TenantId tenantId, String title, @Nullable String leadId,
            @Nullable CustomerId customerId, @Nullable String accountId, String owner, String source, String stage, Money expectedValue,
            int probability, @Nullable String nextAction, @Nullable LocalDate dueDate, Instant now) {
        SalesOperations.Created<Opportunity> created = SalesOperations.create(key, fingerprint, "opportunity opening",
                () -> ops.ports.opportunities().findByKey(tenantId, key), Opportunity::fingerprint,
                () -> new Opportunity(tenantId, ops.newId(), key, fingerprint, title, leadId, customerId, accountId, owner, source, stage,
                        OpportunityStatus.OPEN, expectedValue, probability, nextAction, dueDate, null, now, now, now, 1),
                o -> ops.ports.opportunities().insert(o, new StageChange(tenantId, o.opportunityId(), 1, null, stage, now)));
        if (created.fresh()) {
            ops.events.publish(new OpportunityOpened(ops.ids.next(), now, tenantId, created.value().opportunityId(), stage, expectedValue));
        }
        return created;
    }
}
