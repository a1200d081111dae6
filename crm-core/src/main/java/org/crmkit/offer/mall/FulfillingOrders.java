package org.crmkit.offer.mall;

import java.time.Instant;
import java.util.Objects;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;

/**
 * Fulfilment after redemption: shipping a reserved good, and cancelling before shipping, which
 * gives the points back as a new ledger entry and returns the units to stock and to the customer's
 * limit, all in one unit of work. Both are idempotent; two concurrent calls on one order race on its
 * version and the loser runs again on what the winner left.
 */
final class FulfillingOrders {

    /** Starts the ledger key of the points a cancellation gives back; the order id follows. */
    static final String REFUND_KEY_PREFIX = "mall-cancel:";

    private final MallPorts ports;

    FulfillingOrders(MallPorts ports) {
        this.ports = ports;
    }

    MallOrder ship(ShipMallOrder command) {
        ports.validator.check(command);
        Instant now = ports.now();
        return UnitOfWork.retrying(ports.transactions, () -> {
            MallOrder order = find(command.tenantId(), command.orderId());
            if (order.status() == MallOrderStatus.SHIPPED && Objects.equals(order.trackingReference(), command.trackingReference())) {
                return order;
            }
            String refused = switch (order.status()) {
                case SHIPPED -> "it was shipped with another tracking reference";
                case CANCELLED -> "it was cancelled";
                case CODE_ISSUED -> "it is a digital reward whose code was issued when it was redeemed";
                case RESERVED -> order.fulfilment() == Fulfilment.SHIPPED_GOOD ? null : "it is a digital reward";
            };
            if (refused != null) {
                throw new IllegalMallTransitionException(order.orderId(), order.status(), "shipped", refused);
            }
            MallOrder shipped = order.moved(MallOrderStatus.SHIPPED, command.trackingReference(), now);
            ports.mall.updateOrder(shipped, order.version());
            ports.events.publish(new RewardShipped(ports.ids.next(), now, order.tenantId(), order.orderId(), order.customerId(), order.itemCode(),
                    command.trackingReference()));
            return shipped;
        });
    }

    MallOrder cancel(CancelMallOrder command) {
        ports.validator.check(command);
        Instant now = ports.now();
        return UnitOfWork.retrying(ports.transactions, () -> {
            MallOrder order = find(command.tenantId(), command.orderId());
            if (order.status() == MallOrderStatus.CANCELLED) {
                return order;
            }
            if (!order.status().cancellable()) {
                throw new IllegalMallTransitionException(order.orderId(), order.status(), "cancelled",
                        "a shipped reward can no longer be cancelled; only RESERVED and CODE_ISSUED orders can");
            }
            MallOrder cancelled = order.moved(MallOrderStatus.CANCELLED, order.trackingReference(), now);
            ports.mall.updateOrder(cancelled, order.version());
            TenantId tenant = order.tenantId();
            StockedReward stocked = ports.mall.lockItem(tenant, order.programmeId(), order.itemCode())
                    .orElseThrow(() -> new IllegalStateException("mall order " + order.orderId() + " names item " + order.itemCode()
                            + ", which the store no longer has"));
            ports.mall.setReserved(tenant, order.programmeId(), order.itemCode(), Math.max(0, stocked.reserved() - order.quantity()));
            long held = ports.mall.lockHeldBy(tenant, order.programmeId(), order.itemCode(), order.customerId());
            ports.mall.setHeldBy(tenant, order.programmeId(), order.itemCode(), order.customerId(), Math.max(0, held - order.quantity()));
            ports.loyalty.grant(new GrantPoints(tenant, order.customerId(), order.programmeId(), REFUND_KEY_PREFIX + order.orderId(),
                    order.points(), "refund of cancelled mall order", order.orderId(), command.actor()));
            ports.events.publish(new RewardCancelled(ports.ids.next(), now, tenant, order.orderId(), order.customerId(), order.itemCode(),
                    order.points(), order.quantity()));
            return cancelled;
        });
    }

    private MallOrder find(TenantId tenantId, String orderId) {
        return ports.mall.order(tenantId, orderId).orElseThrow(() -> new NotFoundException("mall order", tenantId, orderId));
    }
}
