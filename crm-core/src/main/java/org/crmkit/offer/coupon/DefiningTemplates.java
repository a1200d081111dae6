package org.crmkit.offer.coupon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Defining templates and their claim codes. */
final class DefiningTemplates {

    private final CouponWork work;

    DefiningTemplates(CouponWork work) {
        this.work = work;
    }

    void define(CouponTemplate template) {
        work.validator.check(template);
        List<Violation> violations = new ArrayList<>();
        checkAmounts(template, violations);
        String validity = template.validity().problem();
        if (validity != null) {
            violations.add(Violation.of("validity", template.validity(), validity));
        }
        for (String rule : template.rules()) {
            if (!work.rules.containsKey(rule)) {
                violations.add(Violation.of("rules", rule, "names no coupon rule this instance knows (known: " + new java.util.TreeSet<>(
                        work.rules.keySet()) + "); pass it to Crm.builder().couponRule(...) or register it with ServiceLoader"));
            }
        }
        if (template.totalStock() != null && template.totalStock() > Limits.MAX_POINTS) {
            violations.add(Violation.of("totalStock", template.totalStock(), "must be at most " + Limits.MAX_POINTS));
        }
        ValidationException.throwIfAny(template, violations);
        UnitOfWork.retrying(work.transactions, () -> {
            Optional<CouponTemplate> stored = work.coupons.template(template.tenantId(), template.templateId());
            if (stored.isEmpty() || !stored.get().equals(template)) {
                work.coupons.saveTemplate(template);
            }
            return null;
        });
    }

    private static void checkAmounts(CouponTemplate t, List<Violation> violations) {
        Limits.checkAmount("threshold", t.threshold(), false, violations);
        switch (t.kind()) {
            case AMOUNT_OFF -> {
                money("amountOff", t.amountOff(), t, true, violations);
                absent("percentOff", t.percentOff(), violations);
                absent("cap", t.cap(), violations);
            }
            case PERCENT_OFF -> {
                BigDecimal p = t.percentOff();
                if (p == null || p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) >= 0 || p.stripTrailingZeros().scale() > 2) {
                    violations.add(Violation.of("percentOff", p, "a percent-off template needs more than 0 and less than 100, at most 2 decimals"));
                }
                if (t.cap() != null) {
                    money("cap", t.cap(), t, true, violations);
                }
                absent("amountOff", t.amountOff(), violations);
            }
            case FREE_SHIPPING -> {
                absent("amountOff", t.amountOff(), violations);
                absent("percentOff", t.percentOff(), violations);
                absent("cap", t.cap(), violations);
            }
        }
    }

    private static void money(String field, Money m, CouponTemplate t, boolean positive, List<Violation> violations) {
        if (m == null) {
            violations.add(Violation.of(field, null, "a " + t.kind() + " template needs it"));
        } else if (!m.currency().equals(t.currency())) {
            violations.add(Violation.of(field, m, "must be in the threshold's currency " + t.currency()));
        } else {
            Limits.checkAmount(field, m, positive, violations);
        }
    }

    private static void absent(String field, Object value, List<Violation> violations) {
        if (value != null) {
            violations.add(Violation.of(field, value, "must be null for this kind of template"));
        }
    }

    void defineCodes(DefineCouponCodes command) {
        work.validator.check(command);
        if (new HashSet<>(command.codes()).size() != command.codes().size()) {
            throw new ValidationException(command.getClass().getSimpleName(),
                    List.of(Violation.of("codes", command.codes().size() + " codes", "must be distinct")));
        }
        UnitOfWork.retrying(work.transactions, () -> {
            work.template(command.tenantId(), command.templateId());
            for (String code : command.codes()) {
                Optional<CouponCode> stored = work.coupons.code(command.tenantId(), code);
                CouponCode wanted = new CouponCode(command.tenantId(), code, command.templateId(), command.claimsPerCode());
                if (stored.isEmpty()) {
                    work.coupons.insertCode(wanted);
                } else if (!stored.get().equals(wanted)) {
                    throw new ConflictException("code '" + code + "' already exists for template '" + stored.get().templateId()
                            + "' with a limit of " + stored.get().claimLimit() + " claims; codes are never changed, choose another");
                }
            }
            return null;
        });
    }
}
