package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.ExportSink;
import org.crmkit.shared.ExportValues;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.PersonalField;
import org.crmkit.shared.TenantId;

/**
 * The loyalty context's personal data: the free-text reason of ledger entries (an agent's
 * adjustment or grant reason may name the customer or quote them) and the same reason in stored
 * {@link PointsAdjusted} events.
 *
 * <p>Erasure replaces each reason with {@link PersonalData#ERASED} in place: the documented privacy
 * exception to the append-only ledger. Points, directions, lots, balances, idempotency keys,
 * references (order, case, reward ids), actors (staff and job ids, not the customer's) and times
 * never change, so balances and the issued = redeemed + expired + reversed + balance identity
 * hold before and after.
 *
 * <p>Export sections: {@code accounts} (one per programme, with balances and totals), {@code holds}
 * (open holds) and {@code ledger} (every entry of every account, newest first, page by page).
 *
 * @since 0.2
 */
public final class LoyaltyPersonalData implements PersonalData {

    private static final List<PersonalField> FIELDS = List.of(
            PersonalField.of("points entry.reason", "replaced by " + ERASED + " (points and balances unchanged)"),
            PersonalField.of("outbox PointsAdjusted.reason", "replaced by " + ERASED));

    private final PointsLedger ledger;
    private final EventOutbox outbox;

    /** Wires the part to the loyalty ports; {@code Crm.privacy()} does this for you. */
    public LoyaltyPersonalData(PointsLedger ledger, EventOutbox outbox) {
        this.ledger = checkNotNull(ledger, "ledger");
        this.outbox = checkNotNull(outbox, "outbox");
    }

    @Override
    public String context() {
        return "loyalty";
    }

    @Override
    public List<PersonalField> fields() {
        return FIELDS;
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        for (AccountRef ref : ledger.accountsOf(tenantId, customerId)) {
            ledger.find(ref).ifPresent(account -> sink.accept(context(), "accounts", ExportValues.map(account)));
            ledger.openHolds(ref).forEach(hold -> sink.accept(context(), "holds", ExportValues.map(hold)));
            Page.forEach(request -> ledger.statement(ref, request), PageRequest.MAX_LIMIT,
                    entry -> sink.accept(context(), "ledger", ExportValues.map(entry)));
        }
    }

    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        List<String> accounts = ledger.accountsOf(tenantId, customerId).stream().map(AccountRef::toString).toList();
        if (accounts.isEmpty()) {
            return;
        }
        ledger.anonymiseEntries(tenantId, customerId);
        outbox.redact(tenantId, accounts, LoyaltyPersonalData::redacted);
    }

    private static DomainEvent redacted(DomainEvent event) {
        if (event instanceof PointsAdjusted a && !ERASED.equals(a.reason())) {
            return new PointsAdjusted(a.eventId(), a.occurredAt(), a.tenantId(), a.account(), a.operationKey(), a.signedPoints(), ERASED,
                    a.actor());
        }
        return event;
    }
}
