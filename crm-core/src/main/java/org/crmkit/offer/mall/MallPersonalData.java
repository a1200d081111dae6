package org.crmkit.offer.mall;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.ExportSink;
import org.crmkit.shared.ExportValues;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.PersonalField;
import org.crmkit.shared.TenantId;

/**
 * The points mall's personal data: the courier's tracking reference of shipped orders (it leads to
 * the delivery address), in the orders and in stored {@link RewardShipped} events.
 *
 * <p>Erasure replaces each tracking reference with {@link PersonalData#ERASED}. Orders, their
 * items, units, points, cash, statuses, codes and times stay, so the mall's report, the stock
 * counters and the loyalty ledger add up as before.
 *
 * <p>Export section: {@code orders} (every mall order of the customer, newest first).
 *
 * @since 0.2
 */
public final class MallPersonalData implements PersonalData {

    private static final List<PersonalField> FIELDS = List.of(
            PersonalField.of("mall order.trackingReference", "replaced by " + ERASED + " (units, points and cash unchanged)"),
            PersonalField.of("outbox RewardShipped.trackingReference", "replaced by " + ERASED));

    private final PointsMall mall;
    private final EventOutbox outbox;

    /** Wires the part to the mall's ports; {@code Crm.privacy()} does this for you. */
    public MallPersonalData(PointsMall mall, EventOutbox outbox) {
        this.mall = checkNotNull(mall, "mall");
        this.outbox = checkNotNull(outbox, "outbox");
    }

    @Override
    public String context() {
        return "mall";
    }

    @Override
    public List<PersonalField> fields() {
        return FIELDS;
    }

    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        mall.ordersOf(tenantId, customerId).forEach(order -> sink.accept(context(), "orders", ExportValues.map(order)));
    }

    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        List<String> orders = mall.ordersOf(tenantId, customerId).stream().map(MallOrder::orderId).toList();
        if (orders.isEmpty()) {
            return;
        }
        mall.anonymiseOrders(tenantId, customerId);
        outbox.redact(tenantId, orders, MallPersonalData::redacted);
    }

    private static DomainEvent redacted(DomainEvent event) {
        if (event instanceof RewardShipped s && !ERASED.equals(s.trackingReference())) {
            return new RewardShipped(s.eventId(), s.occurredAt(), s.tenantId(), s.orderId(), s.customerId(), s.itemCode(), ERASED);
        }
        return event;
    }
}
