package org.crmkit.offer.coupon;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.coupon.spi.CouponRule;
import org.crmkit.segment.SegmentService;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** What every coupon use case shares: the ports, the clock, the zone and a few checks. */
final class CouponWork {

    final Coupons coupons;
    final CustomerRepository customers;
    final SegmentService segments;
    final TransactionRunner transactions;
    final CommandValidator validator;
    private final EventPublisher events;
    private final Clock clock;
    private final IdGenerator ids;
    final ZoneId zone;
    final Map<String, CouponRule> rules;

    CouponWork(Coupons coupons, CustomerRepository customers, SegmentService segments, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, IdGenerator ids, ZoneId zone, List<CouponRule> rules) {
        Map<String, CouponRule> byName = new LinkedHashMap<>();
        rules.forEach(r -> byName.putIfAbsent(r.name(), r));
        this.rules = Map.copyOf(byName);
        this.coupons = coupons;
        this.customers = customers;
        this.segments = segments;
        this.transactions = transactions;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
        this.ids = ids;
        this.zone = zone;
    }

    Instant now() {
        return clock.instant();
    }

    UUID newId() {
        return ids.next();
    }

    void publish(DomainEvent event) {
        events.publish(event);
    }

    CouponTemplate template(TenantId tenantId, String templateId) {
        return coupons.template(tenantId, templateId).orElseThrow(() -> new NotFoundException("coupon template", tenantId, templateId));
    }

    void requireCustomer(TenantId tenantId, CustomerId customerId) {
        customers.requireExists(tenantId, customerId);
    }

    /** Adds what is wrong with a cart the constraints let through: mixed currencies, amounts past the limits. */
    static void checkCart(Cart cart, List<Violation> violations) {
        if (!cart.singleCurrency()) {
            violations.add(Violation.of("cart", cart.currency(), "every line must be priced in the shipping fee's currency "
                    + cart.currency()));
            return;
        }
        Limits.checkAmount("cart.shipping", cart.shipping(), false, violations);
        List<Violation> lineProblems = new ArrayList<>();
        for (int i = 0; i < cart.lines().size(); i++) {
            CartLine line = cart.lines().get(i);
            Limits.checkAmount("cart.lines[" + i + "].unitPrice", line.unitPrice(), false, lineProblems);
        }
        violations.addAll(lineProblems);
        if (lineProblems.isEmpty()) {
            Money total = cart.listAmount();
            if (total.amount().compareTo(Limits.MAX_AMOUNT) > 0) {
                violations.add(Violation.of("cart.lines", total, "must come to at most " + Limits.MAX_AMOUNT.toPlainString() + " units"));
            }
        }
    }

    /** Checks the arguments of a call made for a refund: a tenant, an order reference and the refund's key. */
    static void checkRefund(String call, TenantId tenantId, String orderReference, String idempotencyKey) {
        List<Violation> violations = new ArrayList<>();
        if (orderReference == null || orderReference.isBlank() || orderReference.length() > 128) {
            violations.add(Violation.of("orderReference", orderReference, "must be 1 to 128 characters, not blank"));
        }
        if (idempotencyKey == null || !TextRules.isPrintableAscii(idempotencyKey, 128)) {
            violations.add(Violation.of("idempotencyKey", idempotencyKey, "must be 1 to 128 printable ASCII characters without spaces"));
        }
        if (tenantId == null) {
            violations.add(Violation.of("tenantId", null, "must not be null"));
        }
        ValidationException.throwIfAny(call, violations);
    }

    static String stockCounter(String templateId) {
        return "coupon.stock/" + templateId;
    }

    static String quotaCounter(String templateId, CustomerId customerId) {
        return "coupon.quota/" + templateId + "/" + customerId.value();
    }

    static String codeCounter(String code) {
        return "coupon.code/" + code;
    }
}
