package org.crmkit.contract;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.crmkit.contract.LedgerModel.Hold;
import org.crmkit.contract.LedgerModel.Outcome;
import org.crmkit.earning.BonusEvent;
import org.crmkit.loyalty.AdjustPoints;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.EarnBonus;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.loyalty.ReleaseHold;
import org.crmkit.loyalty.TransferPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * One step of a generated sequence: a ledger operation (with its idempotency key) or a move of
 * the world (clock, batch settlement, reads). Customers are numbered; {@link World} names them.
 */
sealed interface LedgerStep {

    /** The tenant and customers a sequence runs against. */
    record World(TenantId tenant, List<CustomerId> customers) {
        CustomerId customer(int index) {
            return customers.get(index);
        }
    }

    /** A step that moves points: it has a key, a model prediction and a service call. */
    sealed interface Operation extends LedgerStep {
        String key();

        /** Customers whose accounts the operation names (for a hold operation: the hold's owner). */
        List<Integer> customers();

        Outcome expect(LedgerModel model);

        PointsReceipt run(LoyaltyService loyalty, World world);
    }

    ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;

    static Money cny(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("CNY"));
    }

    record Purchase(int customer, String key, String order, long paidCents, Instant paidAt) implements Operation {
        public List<Integer> customers() {
            return List.of(customer);
        }

        public Outcome expect(LedgerModel model) {
            return model.purchase(customer, key, order, paidCents, paidAt != null ? paidAt : model.now);
        }

        public PointsReceipt run(LoyaltyService loyalty, World w) {
            return loyalty.earnForPurchase(new PurchaseOrder(w.tenant(), w.customer(customer), PROGRAMME, key, order, cny(paidCents),
                    paidAt, List.of()));
        }
    }

    record Grant(int customer, String key, long points) implements Operation {
        public List<Integer> customers() {
            return List.of(customer);
        }

        public Outcome expect(LedgerModel model) {
            return model.grant(customer, key, points);
        }

        public PointsReceipt run(LoyaltyService loyalty, World w) {
            return loyalty.grant(new GrantPoints(w.tenant(), w.customer(customer), PROGRAMME, key, points, "goodwill", null, "agent-7"));
        }
    }

    record Bonus(int customer, String key, BonusEvent event, String reference) implements Operation {
        public List<Integer> customers() {
            return List.of(customer);
        }

        public Outcome expect(LedgerModel model) {
            return model.bonus(customer, key, event, reference);
        }

        public PointsReceipt run(LoyaltyService loyalty, World w) {
            return loyalty.earnBonus(new EarnBonus(w.tenant(), w.customer(customer), PROGRAMME, key, event, reference));
        }
    }

    record HoldFor(int customer, String key, long points, Long payableCents, Duration ttl) implements Operation {
        public List<Integer> customers() {
            return List.of(customer);
        }

        public Outcome expect(LedgerModel model) {
            return model.hold(customer, key, points, payableCents, ttl);
        }

        public PointsReceipt run(LoyaltyService loyalty, World w) {
            return loyalty.hold(new HoldPoints(w.tenant(), w.customer(customer), PROGRAMME, key, points, "checkout-" + key,
                    payableCents == null ? null : cny(payableCents), ttl));
        }
    }

    record Commit(String key, Hold hold) implements Operation {
        public List<Integer> customers() {
            return List.of(hold.customer);
        }

        public Outcome expect(LedgerModel model) {
            return model.commit(key, hold);
        }

        public PointsReceipt run(LoyaltyService loyalty, World w) {
            return loyalty.commit(new CommitHold(w.tenant(), key, Objects.requireNonNull(hold.id)));
        }

        @Override
        public String toString() {
            return "Commit[key=" + key + ", hold=" + hold.id + " of c" + hold.customer + "]";
        }
    }

    record Release(String key, Hold hold) implements Operation {
        public List<Integer> customers() {
            return List.of(hold.customer);
        }

        public Outcome expect(LedgerModel model) {
            return model.release(key, hold);
        }

        public PointsReceipt run(LoyaltyService loyalty, World w) {
            return loyalty.release(new ReleaseHold(w.tenant(), key, Objects.requireNonNull(hold.id)));
        }

        @Override
        public String toString() {
            return "Release[key=" + key + ", hold=" + hold.id + " of c" + hold.customer + "]";
        }
    }

    record Redeem(int customer, String key, long points) implements Operation {
        public List<Integer> customers() {
            return List.of(customer);
        }

        public Outcome expect(LedgerModel model) {
            return model.redeem(customer, key, points);
        }

        public PointsReceipt run(LoyaltyService loyalty, World w) {
            return loyalty.redeem(new RedeemPoints(w.tenant(), w.customer(customer), PROGRAMME, key, points, "reward-mug"));
        }
    }

    record Refund(int customer, String key, String order, long totalCents, long refundCents) implements Operation {
        public List<Integer> customers() {
            return List.of(customer);
        }

        public Outcome expect(LedgerModel model) {
            return model.refund(customer, key, order, totalCents, refundCents);
        }

        public PointsReceipt run(LoyaltyService loyalty, World w) {
            return loyalty.refund(new RefundOrder(w.tenant(), w.customer(customer), PROGRAMME, key, order, cny(totalCents), cny(refundCents)));
        }
    }

    record Transfer(int from, int to, String key, long points) implements Operation {
        public List<Integer> customers() {
            return List.of(from, to);
        }

        public Outcome expect(LedgerModel model) {
            return model.transfer(from, to, key, points);
        }

        public PointsReceipt run(LoyaltyService loyalty, World w) {
            return loyalty.transfer(new TransferPoints(w.tenant(), w.customer(from), PROGRAMME, key, w.customer(to), points, null));
        }
    }

    record Adjust(int customer, String key, long delta) implements Operation {
        public List<Integer> customers() {
            return List.of(customer);
        }

        public Outcome expect(LedgerModel model) {
            return model.adjust(customer, key, delta);
        }

        public PointsReceipt run(LoyaltyService loyalty, World w) {
            return loyalty.adjust(new AdjustPoints(w.tenant(), w.customer(customer), PROGRAMME, key, delta, "manual correction", "agent-7"));
        }
    }

    /** Another request under the key of an earlier operation: refused, nothing written. */
    record ReuseKey(int customer, String key, long points) implements Operation {
        public List<Integer> customers() {
            return List.of(customer);
        }

        public Outcome expect(LedgerModel model) {
            return Outcome.refused(IdempotencyKeyReusedException.class);
        }

        public PointsReceipt run(LoyaltyService loyalty, World w) {
            return loyalty.grant(new GrantPoints(w.tenant(), w.customer(customer), PROGRAMME, key, points, "key reused", null, "agent-7"));
        }
    }

    /** Moves the clock forward. */
    record MoveClock(Duration by) implements LedgerStep {}

    /** Runs the batch settlement for shard {@code shard} of {@code shards}. */
    record SettleDue(int shard, int shards) implements LedgerStep {}

    /** Reads a customer's balance and a redemption quote for an order of {@code payableCents}. */
    record ReadBalance(int customer, long payableCents) implements LedgerStep {}
}
