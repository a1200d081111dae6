package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Spending: the quote at checkout, the hold and its commit or release, and redemption for a reward. */
final class SpendingPoints {

    private static final Duration MAX_HOLD_TTL = Duration.ofDays(30);

    private final LedgerOperations ops;
    private final Balances balances;

    SpendingPoints(LedgerOperations ops, Balances balances) {
        this.ops = ops;
        this.balances = balances;
    }

    /**
     * How many points an order with {@code payable} left to pay may use, by the programme's
     * redemption limits and the customer's available points.
     */
    RedemptionQuote quote(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, Money payable) {
        checkNotNull(payable, "payable");
        LoyaltyProgramme programme = ops.transactions.inTransaction(() -> ops.programmeOf(tenantId, programmeId));
        if (payable.isNegative() || !payable.currency().equals(programme.cashRate().cash().currency())) {
            throw new ValidationException("quote", List.of(Violation.of("payable", payable,
                    "must not be negative and must be in the programme's currency " + programme.cashRate().cash().currency())));
        }
        List<Violation> tooMuch = new ArrayList<>();
        Limits.checkAmount("payable", payable, false, tooMuch);
        ValidationException.throwIfAny("quote", tooMuch);
        BalanceView balance = balances.balance(tenantId, customerId, programmeId);
        RedemptionLimits limits = programme.redemptionLimits();
        Money maxCash = payable.times(limits.maxShareOfOrder(), RoundingMode.DOWN);
        long byOrder = programme.cashRate().pointsCovering(maxCash);
        long max = Math.min(byOrder, Math.max(0, balance.available()));
        max -= max % limits.multipleOf();
        String reason;
        if (max < limits.minimumPoints()) {
            reason = "below the minimum of " + limits.minimumPoints() + " points per redemption";
            max = 0;
        } else if (byOrder <= balance.available()) {
            reason = "limited by the order: points may pay at most " + limits.maxShareOfOrder().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()
                    + "% of " + payable;
        } else {
            reason = "limited by the " + balance.available() + " available points";
        }
        return new RedemptionQuote(max, programme.cashRate().cashFor(max, RoundingMode.DOWN), balance.available(), reason);
    }

    /**
     * Reserves points for an order at checkout.
     *
     * @throws ValidationException if the time to live is not positive, or the payable amount is
     *     negative or not in the programme's currency
     * @throws InsufficientPointsException if fewer points are available
     * @throws LedgerRuleException if the points break the programme's redemption limits
     */
    PointsReceipt hold(HoldPoints command) {
        ops.validator.check(command);
        List<Violation> violations = new ArrayList<>();
        if (command.ttl() != null && (command.ttl().isZero() || command.ttl().isNegative() || command.ttl().compareTo(MAX_HOLD_TTL) > 0)) {
            violations.add(Violation.of("ttl", command.ttl(), "must be positive and at most " + MAX_HOLD_TTL.toDays() + " days"));
        }
        if (command.payable() != null) {
            Limits.checkAmount("payable", command.payable(), false, violations);
        }
        ValidationException.throwIfAny(command, violations);
        return ops.operateSpending(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId()), command.programmeId(), w -> {
            AccountWork work = w.get(0);
            if (command.payable() != null && !command.payable().currency().equals(work.programme.cashRate().cash().currency())) {
                ValidationException.throwIfAny(command, List.of(Violation.of("payable", command.payable(), "must be in the programme's currency "
                        + work.programme.cashRate().cash().currency())));
            }
            checkRedemptionLimits(work.programme, command.points(), command.payable());
            LedgerOperations.requireAvailable(work, command.points());
            List<LotMovement> taken = work.lots.takeAvailable(command.points());
            work.account.hold(command.points());
            String holdId = ops.ids.next().toString();
            Duration ttl = command.ttl() != null ? command.ttl() : work.programme.holdTtl();
            work.saveHold(new PointsHold(work.ref(), holdId, command.points(), command.orderReference(), work.now,
                    work.now.plus(ttl), HoldStatus.OPEN, taken));
            LedgerEntry entry = work.entry(EntryType.HOLD, command.points(), 0, command.idempotencyKey(), "held for checkout",
                    command.orderReference(), "system", taken);
            work.events.add(new PointsHeld(ops.ids.next(), work.now, command.tenantId(), work.ref(), command.idempotencyKey(),
                    command.points(), holdId, command.orderReference()));
            return LedgerOperations.receipt(command.idempotencyKey(), "HOLD", work, command.points(), holdId, 0, List.of(entry.entryId()), List.of());
        });
    }

    /**
     * Redeems an open hold: the order was paid.
     *
     * @throws NotFoundException if the hold is not in the tenant
     * @throws HoldNotOpenException if it was committed, released or timed out
     */
    PointsReceipt commit(CommitHold command) {
        ops.validator.check(command);
        return ops.onHold(command.tenantId(), command.idempotencyKey(), command, command.holdId(), (work, hold) -> {
            work.account.commitHold(hold.points());
            work.saveHold(hold.withStatus(HoldStatus.COMMITTED));
            LedgerEntry entry = work.entry(EntryType.REDEEM, hold.points(), -1, command.idempotencyKey(), "cash offset at checkout",
                    hold.orderReference(), "system", hold.lots());
            work.events.add(new PointsRedeemed(ops.ids.next(), work.now, command.tenantId(), work.ref(), command.idempotencyKey(),
                    hold.points(), hold.holdId(), hold.orderReference()));
            return LedgerOperations.receipt(command.idempotencyKey(), "COMMIT", work, hold.points(), hold.holdId(), 0, List.of(entry.entryId()), List.of());
        });
    }

    /**
     * Releases an open hold: the order was cancelled.
     *
     * @throws NotFoundException if the hold is not in the tenant
     * @throws HoldNotOpenException if it was committed, released or timed out
     */
    PointsReceipt release(ReleaseHold command) {
        ops.validator.check(command);
        return ops.onHold(command.tenantId(), command.idempotencyKey(), command, command.holdId(), (work, hold) -> {
            LedgerEntry entry = work.release(hold, command.idempotencyKey(), false);
            return LedgerOperations.receipt(command.idempotencyKey(), "RELEASE", work, hold.points(), hold.holdId(), 0, List.of(entry.entryId()), List.of());
        });
    }

    /**
     * Spends points on a reward.
     *
     * @throws InsufficientPointsException if fewer points are available
     */
    PointsReceipt redeem(RedeemPoints command) {
        ops.validator.check(command);
        return ops.operateSpending(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId()), command.programmeId(), w -> {
            AccountWork work = w.get(0);
            LedgerOperations.requireAvailable(work, command.points());
            List<LotMovement> taken = work.lots.takeAvailable(command.points());
            work.account.redeem(command.points());
            LedgerEntry entry = work.entry(EntryType.REDEEM, command.points(), -1, command.idempotencyKey(), "reward",
                    command.rewardReference(), "system", taken);
            work.events.add(new PointsRedeemed(ops.ids.next(), work.now, command.tenantId(), work.ref(), command.idempotencyKey(),
                    command.points(), null, command.rewardReference()));
            return LedgerOperations.receipt(command.idempotencyKey(), "REDEEM", work, command.points(), null, 0, List.of(entry.entryId()), List.of());
        });
    }

    private static void checkRedemptionLimits(LoyaltyProgramme programme, long points, Money payable) {
        RedemptionLimits limits = programme.redemptionLimits();
        if (points < limits.minimumPoints()) {
            throw new LedgerRuleException("at least " + limits.minimumPoints() + " points must be used per redemption, not " + points);
        }
        if (points % limits.multipleOf() != 0) {
            throw new LedgerRuleException("points are redeemed in multiples of " + limits.multipleOf() + "; " + points + " is not one");
        }
        if (payable != null) {
            Money maxCash = payable.times(limits.maxShareOfOrder(), RoundingMode.DOWN);
            long max = programme.cashRate().pointsCovering(maxCash);
            if (points > max) {
                throw new LedgerRuleException("an order paying " + payable + " may use at most " + max + " points ("
                        + limits.maxShareOfOrder().toPlainString() + " of it), not " + points);
            }
        }
    }
}
