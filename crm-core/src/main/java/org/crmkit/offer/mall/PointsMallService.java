package org.crmkit.offer.mall;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.InsufficientPointsException;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierService;

/**
 * The points mall's public API (积分商城, 积分换购): a reward catalogue per tenant and loyalty
 * programme, redemption of its items for points (plus a cash part the host collects), and the
 * fulfilment of the orders: a digital code issued at once, or a good the host ships; a cancellation
 * before shipping refunds the points and restores the stock.
 *
 * <p>Each command runs in one unit of work, joining the caller's if there is one. A redemption's
 * checks, its stock reservation, its per-customer counter, its order and the points it spends
 * (through the loyalty ledger, under the key {@code mall:} + the redemption's key) commit together
 * or not at all; stock and limits are checked under locks, so concurrent redemptions never exceed
 * them. Calendar days (the item's window) are read in the tenant's zone. Thread-safe.
 *
 * @since 0.2
 */
public final class PointsMallService {

    private final MallPorts ports;
    private final DefiningRewards defining;
    private final RedeemingRewards redeeming;
    private final FulfillingOrders fulfilling;

    /** Wires the service to its ports and the services it uses; {@code Crm.builder()} does this for you. */
    public PointsMallService(PointsMall mall, CustomerRepository customers, LoyaltyService loyalty, TierService tiers,
            TransactionRunner transactions, EventPublisher events, CommandValidator validator, Clock clock, ZoneId zone, IdGenerator ids) {
        this.ports = new MallPorts(mall, customers, loyalty, tiers, transactions, events, validator, clock, zone, ids);
        this.defining = new DefiningRewards(ports);
        this.redeeming = new RedeemingRewards(ports);
        this.fulfilling = new FulfillingOrders(ports);
    }

    /**
     * Defines a catalogue item (expected version 0) or changes one (its current version); defining
     * an item exactly as it stands returns it unchanged. A change keeps the units already reserved.
     *
     * @return the item as stored
     * @throws ValidationException for bad values (nothing stored), including a cash part not in the
     *     programme's currency
     * @throws NotFoundException if the programme is not in the tenant, or an item to change does not exist
     * @throws StaleVersionException if the item is no longer at {@code expectedVersion}
     */
    public RewardItem define(DefineReward command) {
        return ServiceCalls.call(() -> defining.define(command));
    }

    /** The item, if defined in the tenant's programme. */
    public Optional<RewardItem> item(TenantId tenantId, ProgrammeId programmeId, String code) {
        return ServiceCalls.call(() -> {
            checkNotNull(code, "code");
            return catalogue(tenantId, programmeId).stream().map(StockedReward::item).filter(i -> i.code().equals(code)).findFirst();
        });
    }

    /** Every item of the programme with its stock counter, by code. */
    public List<StockedReward> catalogue(TenantId tenantId, ProgrammeId programmeId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(programmeId, "programmeId");
            return ports.transactions.inTransaction(() -> ports.mall.items(tenantId, programmeId));
        });
    }

    /**
     * The items the customer could redeem one unit of today: within their window (in the tenant's
     * zone), open to the customer's tier, with stock left, under the customer's limit and priced
     * within the customer's available points.
     *
     * @throws NotFoundException if the customer or the programme is not in the tenant
     */
    public List<RewardItem> redeemableNow(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return ServiceCalls.call(() -> {
            checkNotNull(customerId, "customerId");
            return ports.transactions.inTransaction(() -> {
                ports.requireCustomer(tenantId, customerId);
                ports.programme(tenantId, programmeId);
                LocalDate today = ports.day(ports.now());
                long available = ports.loyalty.balance(tenantId, customerId, programmeId).available();
                String tier = ports.tiers.currentTier(tenantId, customerId, programmeId).map(Tier::code).orElse(null);
                return ports.mall.items(tenantId, programmeId).stream()
                        .filter(s -> s.item().openOn(today) && s.item().allowsTier(tier) && s.hasLeft(1) && s.item().pointsPrice() <= available)
                        .filter(s -> s.item().perCustomerLimit() == null
                                || ports.mall.heldBy(tenantId, programmeId, s.item().code(), customerId) < s.item().perCustomerLimit())
                        .map(StockedReward::item)
                        .toList();
            });
        });
    }

    /**
     * Redeems units of an item: checks its window, the customer's tier, the stock and the
     * customer's limit, then reserves the stock and spends the points in one unit of work. A
     * digital item's code is issued at once ({@link MallOrderStatus#CODE_ISSUED}); a shipped good
     * stays {@link MallOrderStatus#RESERVED} until shipped. Replaying the key returns the first result
     * (the order as redeemed, even if it was shipped or cancelled since; {@link #order} tells where it
     * stands) and changes nothing.
     *
     * @throws ValidationException for bad values, or a quantity whose price passes 10^12 points or cash units
     * @throws NotFoundException if the customer, the programme or the item is not in the tenant
     * @throws RewardUnavailableException outside the item's window, for a tier it is not open to,
     *     beyond its stock or the customer's limit
     * @throws InsufficientPointsException if the customer has fewer points available (nothing is reserved)
     * @throws IdempotencyKeyReusedException if the key was used for another redemption
     */
    public MallOrder redeem(RedeemReward command) {
        return ServiceCalls.call(() -> redeeming.redeem(command));
    }

    /**
     * The host shipped a reserved good, with the courier's tracking reference.
     *
     * @throws NotFoundException if the order is not in the tenant
     * @throws IllegalMallTransitionException if the order is digital, cancelled, or shipped with another reference
     */
    public MallOrder ship(ShipMallOrder command) {
        return ServiceCalls.call(() -> fulfilling.ship(command));
    }

    /**
     * Cancels an order before shipping: gives its points back as a new ledger entry (an EARN entry
     * under the key {@code mall-cancel:} + the order id, available at once and expiring by the
     * programme's policy), returns its units to stock and to the customer's limit. Cancelling a
     * cancelled order returns it unchanged.
     *
     * @throws NotFoundException if the order is not in the tenant
     * @throws IllegalMallTransitionException if it was shipped
     */
    public MallOrder cancel(CancelMallOrder command) {
        return ServiceCalls.call(() -> fulfilling.cancel(command));
    }

    /** The order, if in the tenant. */
    public Optional<MallOrder> order(TenantId tenantId, String orderId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(orderId, "orderId");
            return ports.transactions.inTransaction(() -> ports.mall.order(tenantId, orderId));
        });
    }

    /** The customer's orders, newest first. */
    public List<MallOrder> ordersOf(TenantId tenantId, CustomerId customerId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(customerId, "customerId");
            return ports.transactions.inTransaction(() -> ports.mall.ordersOf(tenantId, customerId));
        });
    }

    /**
     * One line per catalogue item, by code: its orders that are not cancelled, units, points spent,
     * cash collected (in the programme's currency) and stock left.
     *
     * @throws NotFoundException if the programme is not in the tenant
     */
    public List<MallItemReport> report(TenantId tenantId, ProgrammeId programmeId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(programmeId, "programmeId");
            return ports.transactions.inTransaction(() -> {
                Currency currency = ports.programme(tenantId, programmeId).cashRate().cash().currency();
                Map<String, ItemTotals> totals = ports.mall.totals(tenantId, programmeId).stream()
                        .collect(Collectors.toMap(ItemTotals::itemCode, Function.identity()));
                return ports.mall.items(tenantId, programmeId).stream().map(s -> {
                    ItemTotals t = totals.getOrDefault(s.item().code(), new ItemTotals(s.item().code(), 0, 0, 0, java.math.BigDecimal.ZERO));
                    return new MallItemReport(s.item().code(), s.item().name(), t.redemptions(), t.units(), t.points(),
                            Money.of(t.cash(), currency), s.left());
                }).toList();
            });
        });
    }
}
