package org.crmkit.offer.coupon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;
import org.jspecify.annotations.Nullable;

/**
 * Issuing coupons: to one customer, by code claim, to a segment. Stock and per-customer limits are
 * counters locked in the unit of work that issues (stock first, then the customer's), so
 * concurrent issues never exceed them.
 */
final class IssuingCoupons {

    /** Customers issued to per unit of work by {@link #toSegment}. */
    static final int PAGE = 500;

    private final CouponWork work;

    IssuingCoupons(CouponWork work) {
        this.work = work;
    }

    Coupon issue(IssueCoupon command) {
        work.validator.check(command);
        return UnitOfWork.retrying(work.transactions, () -> {
            Optional<Coupon> first = work.coupons.byIssueKey(command.tenantId(), command.idempotencyKey());
            if (first.isPresent()) {
                if (!first.get().customerId().equals(command.customerId()) || !first.get().templateId().equals(command.templateId())) {
                    throw new IdempotencyKeyReusedException(command.idempotencyKey(), "IssueCoupon");
                }
                return first.get();
            }
            CouponTemplate template = work.template(command.tenantId(), command.templateId());
            work.requireCustomer(command.tenantId(), command.customerId());
            return issueOne(template, command.customerId(), command.idempotencyKey(), work.now());
        });
    }

    Coupon claim(ClaimCode command) {
        work.validator.check(command);
        String key = "code/" + command.code() + "/" + command.customerId().value();
        return UnitOfWork.retrying(work.transactions, () -> {
            Optional<Coupon> first = work.coupons.byIssueKey(command.tenantId(), key);
            if (first.isPresent()) {
                return first.get();
            }
            CouponCode code = work.coupons.code(command.tenantId(), command.code())
                    .orElseThrow(() -> new NotFoundException("coupon code", command.tenantId(), command.code()));
            CouponTemplate template = work.template(command.tenantId(), code.templateId());
            work.requireCustomer(command.tenantId(), command.customerId());
            String counter = CouponWork.codeCounter(code.code());
            long claimed = work.coupons.lockCounter(command.tenantId(), counter);
            if (claimed >= code.claimLimit()) {
                throw new CouponUnavailableException("code '" + code.code() + "' was claimed " + claimed + " times, its limit; no coupon"
                        + " was issued");
            }
            Coupon coupon = issueOne(template, command.customerId(), key, work.now());
            work.coupons.setCounter(command.tenantId(), counter, claimed + 1);
            return coupon;
        });
    }

    private Coupon issueOne(CouponTemplate template, CustomerId customerId, String key, Instant now) {
        Issue issue = tryIssue(template, customerId, key, now);
        if (issue.coupon() == null) {
            throw new CouponUnavailableException(issue.refusal());
        }
        return issue.coupon();
    }

    /**
     * Issues one coupon if the template's window, stock and the customer's limit allow it, else
     * says why not and writes nothing but the counters it locked.
     */
    Issue tryIssue(CouponTemplate template, CustomerId customerId, String key, Instant now) {
        String ended = windowEnded(template, now);
        if (ended != null) {
            return Issue.refused(ended);
        }
        TenantId tenantId = template.tenantId();
        String stock = CouponWork.stockCounter(template.templateId());
        long issued = work.coupons.lockCounter(tenantId, stock);
        if (template.totalStock() != null && issued >= template.totalStock()) {
            return Issue.refused("template '" + template.templateId() + "' has no stock left: " + issued + " of " + template.totalStock()
                    + " issued");
        }
        if (!takeQuota(template, customerId)) {
            return Issue.refused("customer '" + customerId + "' has reached the limit of " + template.perCustomerLimit()
                    + " coupons of template '" + template.templateId() + "'");
        }
        work.coupons.setCounter(tenantId, stock, issued + 1);
        Coupon coupon = newCoupon(template, customerId, key, now);
        work.coupons.insert(List.of(coupon));
        published(coupon, key);
        return new Issue(coupon, null);
    }

    /** A coupon issued, or why none was. */
    record Issue(@Nullable Coupon coupon, @Nullable String refusal) {
        static Issue refused(String why) {
            return new Issue(null, why);
        }
    }

    private void checkWindow(CouponTemplate template, Instant now) {
        String ended = windowEnded(template, now);
        if (ended != null) {
            throw new CouponUnavailableException(ended);
        }
    }

    /** Why the template can no longer be issued at {@code now}, or null if it can. */
    private @Nullable String windowEnded(CouponTemplate template, Instant now) {
        if (template.validity().fixed() && !now.isBefore(template.validity().endFor(now, work.zone))) {
            return "template '" + template.templateId() + "' can no longer be issued: its window ended at " + template.validity().until()
                    + " (" + work.zone + ")";
        }
        return null;
    }

    private boolean takeQuota(CouponTemplate template, CustomerId customerId) {
        String quota = CouponWork.quotaCounter(template.templateId(), customerId);
        long taken = work.coupons.lockCounter(template.tenantId(), quota);
        if (taken >= template.perCustomerLimit()) {
            return false;
        }
        work.coupons.setCounter(template.tenantId(), quota, taken + 1);
        return true;
    }

    private Coupon newCoupon(CouponTemplate template, CustomerId customerId, String key, Instant now) {
        return new Coupon(template.tenantId(), CouponId.of(work.newId().toString()), template.templateId(), customerId, key, now,
                template.validity().startFor(now, work.zone), template.validity().endFor(now, work.zone), CouponStatus.AVAILABLE, null, null,
                null, 0);
    }

    private void published(Coupon coupon, String key) {
        work.publish(new CouponIssued(work.newId(), coupon.issuedAt(), coupon.tenantId(), coupon.couponId(), coupon.templateId(),
                coupon.customerId(), key));
    }

    SegmentIssue toSegment(IssueToSegment command) {
        work.validator.check(command);
        if (command.shard() >= command.shards()) {
            throw new org.crmkit.shared.ValidationException("IssueToSegment", List.of(org.crmkit.shared.Violation.of("shard",
                    command.shard(), "must be less than shards (" + command.shards() + ")")));
        }
        CouponTemplate template = work.transactions.inTransaction(() -> work.template(command.tenantId(), command.templateId()));
        long[] totals = new long[5];
        List<CustomerId> page = new ArrayList<>(PAGE);
        totals[0] = work.segments.forEachMember(command.tenantId(), command.segment(), command.shard(), command.shards(), id -> {
            page.add(id);
            if (page.size() == PAGE) {
                add(totals, issuePage(template, command.issueKey(), page));
                page.clear();
            }
        });
        if (!page.isEmpty()) {
            add(totals, issuePage(template, command.issueKey(), page));
        }
        return new SegmentIssue(totals[0], totals[1], totals[2], totals[3], totals[4]);
    }

    private static void add(long[] totals, long[] page) {
        for (int i = 1; i < totals.length; i++) {
            totals[i] += page[i];
        }
    }

    /**
     * Issues to one page of members in one unit of work: one read of the keys, the stock counter and
     * the page's quota counters locked in one go, one batch of counter updates, one batch insert.
     */
    private long[] issuePage(CouponTemplate template, String issueKey, List<CustomerId> members) {
        List<CustomerId> copy = List.copyOf(members);
        return UnitOfWork.retrying(work.transactions, () -> {
            long[] counts = new long[5];
            Instant now = work.now();
            TenantId tenantId = template.tenantId();
            CouponTemplate current = work.template(tenantId, template.templateId());
            checkWindow(current, now);
            Map<String, CustomerId> byKey = new LinkedHashMap<>();
            copy.forEach(c -> byKey.put(issueKey + "/" + c.value(), c));
            Set<String> done = work.coupons.issuedKeys(tenantId, byKey.keySet());
            counts[2] = done.size();
            Map<String, CustomerId> todo = new LinkedHashMap<>(byKey);
            todo.keySet().removeAll(done);
            if (todo.isEmpty()) {
                return counts;
            }
            String stock = CouponWork.stockCounter(current.templateId());
            long issued = work.coupons.lockCounter(tenantId, stock);
            Map<String, Long> quotas = work.coupons.lockCounters(tenantId,
                    todo.values().stream().map(c -> CouponWork.quotaCounter(current.templateId(), c)).toList());
            Map<String, Long> taken = new HashMap<>();
            List<Coupon> coupons = new ArrayList<>();
            for (Map.Entry<String, CustomerId> e : todo.entrySet()) {
                String quota = CouponWork.quotaCounter(current.templateId(), e.getValue());
                long had = taken.getOrDefault(quota, quotas.get(quota));
                if (current.totalStock() != null && issued + coupons.size() >= current.totalStock()) {
                    counts[4]++;
                } else if (had >= current.perCustomerLimit()) {
                    counts[3]++;
                } else {
                    taken.put(quota, had + 1);
                    coupons.add(newCoupon(current, e.getValue(), e.getKey(), now));
                }
            }
            if (!coupons.isEmpty()) {
                work.coupons.setCounter(tenantId, stock, issued + coupons.size());
                work.coupons.setCounters(tenantId, taken);
                work.coupons.insert(coupons);
                coupons.forEach(c -> published(c, c.issueKey()));
            }
            counts[1] = coupons.size();
            return counts;
        });
    }
}
