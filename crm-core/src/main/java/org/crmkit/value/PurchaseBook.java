package org.crmkit.value;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.OrderLine;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.RecordTierRefund;
import org.crmkit.tier.TierService;
import org.crmkit.tier.TierStatus;

/** Records purchases and refunds and drives the ledger and the tier metric in the same unit of work. */
final class PurchaseBook {

    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000_000L);

    private final Purchases purchases;
    private final CustomerRepository customers;
    private final LoyaltyService loyalty;
    private final TierService tiers;
    private final TransactionRunner transactions;
    private final EventPublisher events;
    private final Clock clock;

    PurchaseBook(Purchases purchases, CustomerRepository customers, LoyaltyService loyalty, TierService tiers,
            TransactionRunner transactions, EventPublisher events, Clock clock) {
        this.purchases = purchases;
        this.customers = customers;
        this.loyalty = loyalty;
        this.tiers = tiers;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    PurchaseReceipt record(RecordPurchase command) {
        Instant now = clock.instant();
        Instant at = command.purchasedAt() == null ? now : command.purchasedAt().truncatedTo(ChronoUnit.MICROS);
        checkPurchase(command, at, now);
        Purchase purchase = new Purchase(command.tenantId(), command.customerId(), command.orderId(), at, command.paid(),
                Money.zero(command.paid().currency()), command.items(), command.paymentMethod(), command.channel(), command.programmeId());
        return transactions.inTransaction(() -> {
            if (customers.find(command.tenantId(), command.customerId()).isEmpty()) {
                throw new NotFoundException("customer", command.tenantId(), command.customerId().value());
            }
            boolean replay = !purchases.insert(purchase);
            Purchase stored = purchase;
            if (replay) {
                stored = purchases.find(command.tenantId(), command.orderId()).orElseThrow();
                requireSameOrder(stored, command);
            } else {
                Optional<PurchaseSummary> totals = purchases.summary(command.tenantId(), command.customerId());
                if (totals.isPresent() && !totals.get().paid().currency().equals(command.paid().currency())) {
                    throw new ValidationException("RecordPurchase", List.of(Violation.of("paid", command.paid(),
                            "must be in the customer's purchase currency " + totals.get().paid().currency())));
                }
                purchases.addToSummary(command.tenantId(), command.customerId(), at, 1, command.paid(), Money.zero(command.paid().currency()));
                events.publish(new PurchaseRecorded(UUID.randomUUID(), now, command.tenantId(), command.customerId(), command.orderId(),
                        command.paid(), at));
            }
            return new PurchaseReceipt(stored, replay, earn(stored), feedTier(stored));
        });
    }

    PurchaseReceipt refund(RecordRefund command) {
        Instant now = clock.instant();
        Instant at = command.refundedAt() == null ? now : command.refundedAt().truncatedTo(ChronoUnit.MICROS);
        List<Violation> violations = new ArrayList<>();
        if (at.isAfter(now)) {
            violations.add(Violation.of("refundedAt", at, "must not be after the current time " + now));
        }
        if (command.refunded().isNegative() || command.refunded().isZero() || command.refunded().amount().compareTo(MAX_AMOUNT) > 0) {
            violations.add(Violation.of("refunded", command.refunded(), "must be more than zero and at most 10^12 units"));
        }
        reject("RecordRefund", violations);
        return transactions.inTransaction(() -> {
            Purchase purchase = purchases.lock(command.tenantId(), command.orderId())
                    .filter(p -> p.customerId().equals(command.customerId()))
                    .orElseThrow(() -> new NotFoundException("purchase", command.tenantId(), command.orderId()));
            // the insert is the atomic claim of the refund id: a concurrent twin waits for it, then sees false here
            if (!purchases.insertRefund(command.tenantId(), command.refundId(), command.orderId(), command.customerId(), command.refunded(),
                    at)) {
                String earlier = purchases.refundOrder(command.tenantId(), command.refundId()).orElseThrow();
                if (!earlier.equals(command.orderId())) {
                    throw new ConflictException("refund " + command.refundId() + " was already recorded for order " + earlier
                            + ", not " + command.orderId() + "; use a new refund id");
                }
                return new PurchaseReceipt(purchase, true, reverse(purchase, command), refundTier(purchase, command, at));
            }
            checkRefund(purchase, command, at); // a refusal rolls the claim back with the unit of work
            Purchase refunded = purchase.refund(command.refunded());
            purchases.updateRefunded(command.tenantId(), command.orderId(), refunded.refunded());
            purchases.addToSummary(command.tenantId(), command.customerId(), purchase.purchasedAt(), 0,
                    Money.zero(command.refunded().currency()), command.refunded());
            events.publish(new PurchaseRefunded(UUID.randomUUID(), now, command.tenantId(), command.customerId(), command.orderId(),
                    command.refundId(), command.refunded(), refunded.fullyRefunded()));
            return new PurchaseReceipt(refunded, false, reverse(refunded, command), refundTier(refunded, command, at));
        });
    }

    private Optional<PointsReceipt> earn(Purchase p) {
        if (!hasProgramme(p)) {
            return Optional.empty();
        }
        return Optional.of(loyalty.earnForPurchase(new PurchaseOrder(p.tenantId(), p.customerId(), p.programmeId(),
                "purchase:" + p.orderId(), p.orderId(), p.paid(), p.purchasedAt(), lines(p))));
    }

    private Optional<TierStatus> feedTier(Purchase p) {
        if (!hasLadder(p)) {
            return Optional.empty();
        }
        return Optional.of(tiers.recordPurchase(new RecordTierPurchase(p.tenantId(), p.customerId(), p.programmeId(),
                "purchase:" + p.orderId(), p.orderId(), p.paid(), p.purchasedAt(), lines(p))));
    }

    private Optional<PointsReceipt> reverse(Purchase p, RecordRefund r) {
        if (!hasProgramme(p)) {
            return Optional.empty();
        }
        return Optional.of(loyalty.refund(new RefundOrder(p.tenantId(), p.customerId(), p.programmeId(), "refund:" + r.refundId(),
                p.orderId(), p.paid(), r.refunded())));
    }

    private Optional<TierStatus> refundTier(Purchase p, RecordRefund r, Instant at) {
        if (!hasLadder(p)) {
            return Optional.empty();
        }
        return Optional.of(tiers.recordRefund(new RecordTierRefund(p.tenantId(), p.customerId(), p.programmeId(), "refund:" + r.refundId(),
                p.orderId(), p.paid(), r.refunded(), p.fullyRefunded(), at)));
    }

    /** Whether the purchase names a programme the loyalty context has defined. */
    private boolean hasProgramme(Purchase p) {
        return p.programmeId() != null && loyalty.programme(p.tenantId(), p.programmeId()).isPresent();
    }

    /** Whether the purchase names a programme with a tier ladder. */
    private boolean hasLadder(Purchase p) {
        return p.programmeId() != null && tiers.ladder(p.tenantId(), p.programmeId()).isPresent();
    }

    private static List<OrderLine> lines(Purchase p) {
        return p.items().stream().map(i -> new OrderLine(i.sku(), i.category(), i.paid())).toList();
    }

    private static void checkPurchase(RecordPurchase c, Instant at, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (at.isAfter(now)) {
            violations.add(Violation.of("purchasedAt", at, "must not be after the current time " + now));
        }
        if (c.paid().isNegative() || c.paid().amount().compareTo(MAX_AMOUNT) > 0) {
            violations.add(Violation.of("paid", c.paid(), "must not be negative and at most 10^12 units"));
        }
        if (!c.items().isEmpty()) {
            Money sum = Money.zero(c.paid().currency());
            for (PurchaseItem item : c.items()) {
                if (!item.paid().currency().equals(c.paid().currency()) || item.paid().isNegative()) {
                    violations.add(Violation.of("items", item.sku() + " " + item.paid(), "must be paid in " + c.paid().currency()
                            + " and not negative"));
                    sum = null;
                    break;
                }
                sum = sum.plus(item.paid());
            }
            if (sum != null && !sum.equals(c.paid())) {
                violations.add(Violation.of("items", c.items().size() + " items, " + sum, "must add up to the paid amount " + c.paid()));
            }
        }
        reject("RecordPurchase", violations);
    }

    private static void checkRefund(Purchase p, RecordRefund r, Instant at) {
        List<Violation> violations = new ArrayList<>();
        if (!r.refunded().currency().equals(p.paid().currency())) {
            violations.add(Violation.of("refunded", r.refunded(), "must be in the purchase's currency " + p.paid().currency()));
        }
        if (at.isBefore(p.purchasedAt())) {
            violations.add(Violation.of("refundedAt", at, "must not be before the purchase at " + p.purchasedAt()));
        }
        reject("RecordRefund", violations);
        Money left = p.net();
        if (r.refunded().compareTo(left) > 0) {
            throw new RuleViolationException("refund " + r.refundId() + " of " + r.refunded() + " for order " + p.orderId()
                    + " exceeds what is left unrefunded, " + left + " (paid " + p.paid() + ", refunded " + p.refunded() + ")");
        }
    }

    private static void requireSameOrder(Purchase stored, RecordPurchase c) {
        boolean same = stored.customerId().equals(c.customerId()) && stored.paid().equals(c.paid())
                && stored.items().equals(c.items()) && Objects.equals(stored.programmeId(), c.programmeId())
                && (c.purchasedAt() == null || stored.purchasedAt().equals(c.purchasedAt().truncatedTo(ChronoUnit.MICROS)));
        if (!same) {
            throw new ConflictException("order " + c.orderId() + " was already recorded with other details (customer "
                    + stored.customerId().value() + ", paid " + stored.paid() + ", at " + stored.purchasedAt()
                    + "); an order id records one purchase");
        }
    }

    private static void reject(String command, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(command, violations);
        }
    }
}
