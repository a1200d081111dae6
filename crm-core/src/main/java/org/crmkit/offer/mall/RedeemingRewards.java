package org.crmkit.offer.mall;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.shared.Fingerprint;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.tier.Tier;
import org.jspecify.annotations.Nullable;

/**
 * Redemption: checks the item's window, tiers, stock and the customer's limit under the item's and
 * the counter's locks, then stores the order, reserves the stock and spends the points, all in one
 * unit of work.
 */
final class RedeemingRewards {

    /** What a replay with other content is told the key was first used for. */
    static final String OPERATION = "REDEEM_REWARD";
    /** Starts the ledger key of the points a redemption spends. */
    static final String LEDGER_KEY_PREFIX = "mall:";

    private final MallPorts ports;
    private final RewardCodes codes = new RewardCodes();

    RedeemingRewards(MallPorts ports) {
        this.ports = ports;
    }

    MallOrder redeem(RedeemReward command) {
        ports.validator.check(command);
        String fingerprint = Fingerprint.of(command);
        Instant now = ports.now();
        TenantId tenant = command.tenantId();
        // a concurrent first run of the same key wins the order's insert; this one runs again and replays it
        return UnitOfWork.retrying(ports.transactions, () -> {
            Optional<MallOrder> replay = replay(tenant, command.idempotencyKey(), fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
            ports.requireCustomer(tenant, command.customerId());
            ports.programme(tenant, command.programmeId());
            StockedReward stocked = ports.mall.lockItem(tenant, command.programmeId(), command.itemCode())
                    .orElseThrow(() -> new NotFoundException("reward item", tenant, command.itemCode()));
            RewardItem item = stocked.item();
            long points = points(command, item);
            Money cash = cash(command, item);
            checkWindow(item, ports.day(now));
            checkTier(command, item);
            if (!stocked.hasLeft(command.quantity())) {
                throw new RewardUnavailableException(item.code(), command.quantity() + " units were asked for but " + stocked.left()
                        + " are left");
            }
            long held = ports.mall.lockHeldBy(tenant, command.programmeId(), item.code(), command.customerId());
            if (item.perCustomerLimit() != null && held + command.quantity() > item.perCustomerLimit()) {
                throw new RewardUnavailableException(item.code(), "a customer may hold at most " + item.perCustomerLimit()
                        + " units; this one holds " + held + " and asked for " + command.quantity() + " more");
            }
            boolean digital = item.fulfilment() == Fulfilment.DIGITAL_CODE;
            MallOrder order = new MallOrder(tenant, ports.ids.next().toString(), command.idempotencyKey(), command.customerId(),
                    command.programmeId(), item.code(), item.fulfilment(), command.quantity(), points, cash,
                    digital ? MallOrderStatus.CODE_ISSUED : MallOrderStatus.RESERVED, digital ? codes.next() : null, null, now, now, 1);
            ports.mall.insertOrder(new StoredMallOrder(fingerprint, order));
            ports.mall.setReserved(tenant, command.programmeId(), item.code(), stocked.reserved() + command.quantity());
            ports.mall.setHeldBy(tenant, command.programmeId(), item.code(), command.customerId(), held + command.quantity());
            ports.loyalty.redeem(new RedeemPoints(tenant, command.customerId(), command.programmeId(),
                    LEDGER_KEY_PREFIX + command.idempotencyKey(), points, LEDGER_KEY_PREFIX + order.orderId()));
            ports.events.publish(new RewardRedeemed(ports.ids.next(), now, tenant, order.orderId(), order.customerId(), order.programmeId(),
                    order.itemCode(), order.quantity(), order.points(), order.cash()));
            if (digital) {
                ports.events.publish(new RewardFulfilled(ports.ids.next(), now, tenant, order.orderId(), order.customerId(), order.itemCode()));
            }
            return order;
        });
    }

    private Optional<MallOrder> replay(TenantId tenant, String key, String fingerprint) {
        Optional<StoredMallOrder> stored = ports.mall.orderByKey(tenant, key);
        if (stored.isPresent() && !stored.get().fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(key, OPERATION);
        }
        // the first result, whatever happened to the order since (read it with order() for where it stands)
        return stored.map(s -> s.order().asRedeemed());
    }

    private static long points(RedeemReward command, RewardItem item) {
        if (item.pointsPrice() > Limits.MAX_POINTS / command.quantity()) {
            throw new ValidationException(command.getClass().getSimpleName(), List.of(Violation.of("quantity", command.quantity(),
                    "at " + item.pointsPrice() + " points a unit, more than " + Limits.MAX_POINTS + " points in all")));
        }
        return item.pointsPrice() * command.quantity();
    }

    private static @Nullable Money cash(RedeemReward command, RewardItem item) {
        if (item.cashPrice() == null) {
            return null;
        }
        Money cash = Money.of(item.cashPrice().amount().multiply(BigDecimal.valueOf(command.quantity())), item.cashPrice().currency());
        if (cash.amount().compareTo(Limits.MAX_AMOUNT) > 0) {
            throw new ValidationException(command.getClass().getSimpleName(), List.of(Violation.of("quantity", command.quantity(),
                    "at " + item.cashPrice() + " a unit, more than " + Limits.MAX_AMOUNT.toPlainString() + " units of cash in all")));
        }
        return cash;
    }

    private void checkWindow(RewardItem item, LocalDate today) {
        if (!item.openOn(today)) {
            throw new RewardUnavailableException(item.code(), "it is offered " + (item.validFrom() == null ? "" : "from " + item.validFrom() + " ")
                    + (item.validUntil() == null ? "" : "until " + item.validUntil() + " ") + "(in " + ports.zone + ") and today is " + today);
        }
    }

    private void checkTier(RedeemReward command, RewardItem item) {
        if (item.tierCodes().isEmpty()) {
            return;
        }
        String tier = ports.tiers.currentTier(command.tenantId(), command.customerId(), command.programmeId()).map(Tier::code).orElse(null);
        if (!item.allowsTier(tier)) {
            throw new RewardUnavailableException(item.code(), "it is for members of the tiers " + item.tierCodes() + " and the customer is "
                    + (tier == null ? "in no tier" : "in tier " + tier));
        }
    }
}
