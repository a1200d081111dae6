package org.crmkit.loyalty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.customer.Customer;
import org.crmkit.earning.BonusEvent;
import org.crmkit.earning.Contribution;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Limits;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Earning: points for a paid order by the programme's rules, a fixed bonus for an event, a goodwill grant. */
final class EarningPoints {

    private final LedgerOperations ops;

    EarningPoints(LedgerOperations ops) {
        this.ops = ops;
    }

    /**
     * Earns points for a paid order by the programme's rules; they stay pending for the
     * programme's pending period. The receipt explains what each rule contributed.
     *
     * @throws ValidationException for a bad order (lines not adding up, wrong currency, paid in the
     *     future, more than 10^12 paid or earned)
     * @throws NotFoundException for an unknown customer or programme in the tenant
     */
    PointsReceipt earnForPurchase(PurchaseOrder order) {
        ops.validator.check(order);
        Instant now = ops.now();
        Instant paidAt = order.paidAt() == null ? now : order.paidAt().truncatedTo(ChronoUnit.MICROS);
        List<Violation> violations = new ArrayList<>();
        if (paidAt.isAfter(now)) {
            violations.add(Violation.of("paidAt", paidAt, "must not be after the current time " + now));
        }
        Limits.checkAmount("paid", order.paid(), false, violations);
        if (!PurchaseEarning.linesMatch(order)) {
            violations.add(Violation.of("lines", order.lines().size() + " lines", "must add up to the paid amount " + order.paid()));
        }
        ValidationException.throwIfAny(order, violations);
        AccountRef ref = AccountRef.of(order.tenantId(), order.customerId(), order.programmeId());
        // claimed with the account's lock, in its round trip where the store can
        LedgerOperations.Once once = new LedgerOperations.Once(AccountCounters.name("order-earned", ref, order.orderId()),
                () -> new LedgerRuleException("order " + order.orderId() + " already earned points in " + ref
                        + " under another idempotency key; replay that key instead"));
        // the campaigns' counters are locked with the account too, so their reads need no round trips of their own
        return ops.operate(order.tenantId(), order.idempotencyKey(), order, List.of(order.customerId()), true, order.programmeId(), once,
                programme -> PurchaseEarning.countersFor(programme, order, paidAt), w -> {
            LoyaltyProgramme programme = w.get(0).programme;
            if (!order.paid().currency().equals(programme.earning().currency())) {
                ValidationException.throwIfAny(order, List.of(Violation.of("paid", order.paid(), "must be in the programme's currency "
                        + programme.earning().currency())));
            }
            AccountWork work = w.get(0);
            TierLookup.Standing standing = ops.tiers.standingOf(order.tenantId(), order.customerId(), order.programmeId());
            List<Contribution> explanation = ops.earning.evaluate(programme, order, paidAt, standing.tier(), standing.pointsMultiplier(),
                    work.lockedCounters);
            long points = PurchaseEarning.sum(explanation);
            if (points > Limits.MAX_POINTS) {
                ValidationException.throwIfAny(order, List.of(Violation.of("paid", order.paid(), "would earn " + points + " points, more than the "
                        + Limits.MAX_POINTS + " one operation may credit")));
            }
            List<String> entryIds = new ArrayList<>();
            if (points > 0) {
                Instant expiresAt = programme.expiry().expiresAt(paidAt, programme.zone()).orElse(null);
                String lot = work.credit(points, order.orderId(), true, paidAt, expiresAt);
                boolean pending = paidAt.plus(programme.pendingPeriod()).isAfter(now);
                work.account.earn(points);
                entryIds.add(work.entry(EntryType.EARN, points, 1, order.idempotencyKey(), "purchase", order.orderId(), "system",
                        List.of(new LotMovement(lot, points))).entryId());
                work.events.add(new PointsEarned(ops.ids.next(), now, order.tenantId(), work.ref(), order.idempotencyKey(),
                        points, pending, order.orderId()));
                // an order reported after its points' expiry (paid on New Year's Eve, expiring at year end) expires them now
                work.settle();
            }
            return LedgerOperations.receipt(order.idempotencyKey(), "EARN_PURCHASE", work, points, null, 0, entryIds, explanation);
        });
    }

    /**
     * Credits the programme's fixed bonus for an event.
     *
     * @throws LedgerRuleException if the programme gives no bonus for the event, a birthday bonus
     *     is asked for on another day, or the first-purchase bonus was given before (as an event or
     *     with a purchase)
     */
    PointsReceipt earnBonus(EarnBonus command) {
        ops.validator.check(command);
        return ops.operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId()), true, command.programmeId(), w -> {
            AccountWork work = w.get(0);
            LoyaltyProgramme programme = work.programme;
            Long points = programme.earning().bonuses().get(command.event());
            if (points == null) {
                throw new LedgerRuleException("programme " + programme.id() + " gives no " + command.event() + " bonus; it gives "
                        + programme.earning().bonuses().keySet());
            }
            if (command.event() == BonusEvent.BIRTHDAY) {
                checkBirthday(command.tenantId(), command.customerId(), work);
            }
            String once = bonusOnceKey(command, work);
            if (once != null && !PurchaseEarning.claimOnce(ops.ledger, work.ref().tenantId(), once)) {
                throw new LedgerRuleException(command.event() + " bonus was already given to " + work.ref()
                        + (command.event() == BonusEvent.BIRTHDAY ? " this year" : command.reference() != null ? " for " + command.reference() : ""));
            }
            if (command.event() == BonusEvent.FIRST_PURCHASE && !PurchaseEarning.claimFirstPurchase(ops.ledger, work.ref())) {
                throw new LedgerRuleException("account " + work.ref() + " had its first-purchase bonus already; it is given once");
            }
            Instant expiresAt = programme.expiry().expiresAt(work.now, programme.zone()).orElse(null);
            String lot = work.credit(points, null, false, work.now, expiresAt);
            work.account.earn(points);
            LedgerEntry entry = work.entry(EntryType.EARN, points, 1, command.idempotencyKey(), "bonus: " + command.event(),
                    command.reference(), "system", List.of(new LotMovement(lot, points)));
            work.events.add(new PointsEarned(ops.ids.next(), work.now, command.tenantId(), work.ref(), command.idempotencyKey(),
                    points, false, command.reference()));
            return LedgerOperations.receipt(command.idempotencyKey(), "EARN_BONUS", work, points, null, 0, List.of(entry.entryId()),
                    List.of(new Contribution("bonus:" + command.event(), points, "fixed bonus for " + command.event())));
        });
    }

    /** Credits goodwill or compensation points, available at once. */
    PointsReceipt grant(GrantPoints command) {
        ops.validator.check(command);
        return ops.operate(command.tenantId(), command.idempotencyKey(), command, List.of(command.customerId()), true, command.programmeId(), w -> {
            AccountWork work = w.get(0);
            Instant expiresAt = work.programme.expiry().expiresAt(work.now, work.programme.zone()).orElse(null);
            String lot = work.credit(command.points(), null, false, work.now, expiresAt);
            work.account.earn(command.points());
            LedgerEntry entry = work.entry(EntryType.EARN, command.points(), 1, command.idempotencyKey(), command.reason(),
                    command.reference(), command.actor(), List.of(new LotMovement(lot, command.points())));
            work.events.add(new PointsEarned(ops.ids.next(), work.now, command.tenantId(), work.ref(), command.idempotencyKey(),
                    command.points(), false, command.reference()));
            return LedgerOperations.receipt(command.idempotencyKey(), "GRANT", work, command.points(), null, 0, List.of(entry.entryId()), List.of());
        });
    }

    /**
     * The counter that makes a bonus a one-off: sign-up once per account, birthday once per
     * calendar year, review and referral once per reference; null where the event may repeat.
     */
    private static String bonusOnceKey(EarnBonus command, AccountWork work) {
        return switch (command.event()) {
            case SIGN_UP -> AccountCounters.name("bonus", work.ref(), "SIGN_UP");
            case BIRTHDAY -> AccountCounters.name("bonus", work.ref(), "BIRTHDAY", Integer.toString(work.now.atZone(work.programme.zone()).getYear()));
            case REVIEW, REFERRAL -> command.reference() == null ? null
                    : AccountCounters.name("bonus", work.ref(), command.event().name(), command.reference());
            case FIRST_PURCHASE -> null; // claimed through PurchaseEarning.claimFirstPurchase
        };
    }

    private void checkBirthday(TenantId tenantId, CustomerId customerId, AccountWork work) {
        Customer customer = ops.requireCustomer(tenantId, customerId);
        LocalDate birth = customer.demographics().birthDate();
        LocalDate today = work.now.atZone(work.programme.zone()).toLocalDate();
        if (birth == null || !isBirthday(birth, today)) {
            throw new LedgerRuleException("a birthday bonus is given on the customer's birthday only; today is " + today
                    + (birth == null ? " and the profile has no birth date" : ""));
        }
    }

    /** A 29 February birthday is celebrated on 28 February in other years. */
    static boolean isBirthday(LocalDate birth, LocalDate today) {
        MonthDay day = MonthDay.from(birth);
        if (day.equals(MonthDay.of(2, 29)) && !today.isLeapYear()) {
            day = MonthDay.of(2, 28);
        }
        return day.equals(MonthDay.from(today));
    }
}
