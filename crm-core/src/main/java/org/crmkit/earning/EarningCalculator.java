package org.crmkit.earning;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.crmkit.shared.CompositeKey;

/**
 * The built-in earning rules of an {@link EarningPolicy}, for whatever a purchase earns: the
 * loyalty context's points, the tier context's growth value. In order: base (paid amount x the
 * policy's rate per unit), category and product multipliers on the order lines, the tier
 * multiplier, plug-in rules (points only), never below 0, the per-order and per-day caps, campaign
 * bonuses within their budgets and per-customer limits, the first-purchase bonus. Each rule's
 * share comes back as a {@link Contribution} that explains itself; their sum is the amount earned.
 *
 * @since 0.1
 */
public final class EarningCalculator {

    private final EarningPolicy policy;
    private final RoundingMode rounding;
    private final ZoneId zone;
    private final String scope;

    /**
     * A calculator for one policy owner's purchases.
     *
     * @param policy the rules
     * @param rounding how fractional amounts round (each rule's share rounds on its own)
     * @param zone the zone of calendar days (per-day cap, campaign limit periods)
     * @param scope names the campaign counters, unique per policy owner (the loyalty context uses the programme id)
     */
    public EarningCalculator(EarningPolicy policy, RoundingMode rounding, ZoneId zone, String scope) {
        this.policy = checkNotNull(policy, "policy");
        this.rounding = checkNotNull(rounding, "rounding");
        this.zone = checkNotNull(zone, "zone");
        this.scope = checkNotNull(scope, "scope");
    }

    /**
     * What the built-in rules give a purchase; campaign counters and the first-purchase claim are
     * updated through {@code tally}, so call it inside the unit of work that credits the result.
     *
     * @param order the purchase (its lines drive category and product multipliers)
     * @param paidAt when it was paid (campaigns, the per-day cap)
     * @param tier the buyer's tier code for the policy's tier multipliers, if any
     * @param tally what has been earned and counted before
     */
    public List<Contribution> forPurchase(EarningOrder order, Instant paidAt, Optional<String> tier, EarningTally tally) {
        return evaluate(order, paidAt, tier, Optional.empty(), running -> List.of(), tally);
    }

    /**
     * The contributions of every rule, plug-in rules included; their sum is the amount to credit.
     *
     * @param tierBenefitMultiplier a multiplier the buyer's tier grants on top of the policy's
     *     tier multipliers, if any
     * @param plugins the plug-in rules' contributions, given the running total of the built-in
     *     rules before caps
     */
    public List<Contribution> evaluate(EarningOrder order, Instant paidAt, Optional<String> tier, Optional<BigDecimal> tierBenefitMultiplier,
            LongFunction<List<Contribution>> plugins, EarningTally tally) {
        List<Contribution> out = new ArrayList<>();

        BigDecimal rate = policy.pointsPerUnit();
        long base = round(order.paid().amount().multiply(rate), rounding);
        out.add(new Contribution("base", base, order.paid() + " x " + rate.toPlainString() + " per unit"));

        BigDecimal categoryExtra = BigDecimal.ZERO;
        List<String> categories = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            BigDecimal multiplier = policy.productMultipliers().get(line.sku());
            String label = "product " + line.sku();
            if (multiplier == null && line.category() != null) {
                multiplier = policy.categoryMultipliers().get(line.category());
                label = line.category();
            }
            if (multiplier != null && multiplier.compareTo(BigDecimal.ONE) != 0) {
                categoryExtra = categoryExtra.add(line.paid().amount().multiply(rate).multiply(multiplier.subtract(BigDecimal.ONE)));
                categories.add(label + " x" + multiplier.toPlainString());
            }
        }
        if (!categories.isEmpty()) {
            out.add(new Contribution("category", round(categoryExtra, rounding), "category and product multipliers: " + String.join(", ", categories)));
        }
        long regular = sum(out);

        BigDecimal tierMultiplier = tier.map(t -> policy.tierMultipliers().get(t)).or(() -> tier.flatMap(t -> tierBenefitMultiplier)).orElse(null);
        if (tierMultiplier != null && tierMultiplier.compareTo(BigDecimal.ONE) != 0) {
            long extra = round(BigDecimal.valueOf(regular).multiply(tierMultiplier.subtract(BigDecimal.ONE)), rounding);
            out.add(new Contribution("tier", extra, "tier " + tier.get() + " x" + tierMultiplier.toPlainString()));
            regular += extra;
        }

        List<Contribution> added = plugins.apply(regular);
        out.addAll(added);
        regular += sum(added);
        if (regular < 0) {
            out.add(new Contribution("floor", -regular, "points of a purchase are never negative"));
            regular = 0;
        }

        if (policy.perOrderCap() != null && regular > policy.perOrderCap()) {
            out.add(new Contribution("order-cap", policy.perOrderCap() - regular, "at most " + policy.perOrderCap() + " points per order"));
            regular = policy.perOrderCap();
        }
        long dayRoom = Long.MAX_VALUE;
        if (policy.perDayCap() != null) {
            LocalDate day = paidAt.atZone(zone).toLocalDate();
            // the day the order was paid on, which is not today for an order reported late
            long earnedToday = tally.earnedBetween(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
            dayRoom = Math.max(0, policy.perDayCap() - earnedToday);
            if (regular > dayRoom) {
                out.add(new Contribution("day-cap", dayRoom - regular, "at most " + policy.perDayCap()
                        + " purchase points per day; " + earnedToday + " earned already on " + day));
                regular = dayRoom;
            }
            dayRoom -= regular;
        }

        long baseForCampaigns = base;
        for (Campaign campaign : policy.campaigns()) {
            if (!campaign.isRunningAt(paidAt)) {
                continue;
            }
            long wanted = round(BigDecimal.valueOf(baseForCampaigns).multiply(campaign.multiplier().subtract(BigDecimal.ONE)), rounding);
            long granted = Math.min(wanted, dayRoom);
            String limitNote = "";
            if (campaign.perCustomerLimit() != null) {
                String counter = limitCounter(campaign, order, paidAt);
                long used = tally.lockCounter(counter);
                long room = Math.max(0, campaign.perCustomerLimit() - used);
                if (granted > room) {
                    granted = room;
                    limitNote = "; per-customer limit " + campaign.perCustomerLimit() + " per " + campaign.period();
                }
                tally.setCounter(counter, used + granted);
            }
            if (campaign.budget() != null) {
                String counter = budgetCounter(campaign);
                long used = tally.lockCounter(counter);
                long room = Math.max(0, campaign.budget() - used);
                if (granted > room) {
                    granted = room;
                    limitNote += "; budget of " + campaign.budget() + " nearly used up";
                }
                tally.setCounter(counter, used + granted);
            }
            dayRoom -= granted;
            out.add(new Contribution("campaign:" + campaign.id(), granted, "x" + campaign.multiplier().toPlainString()
                    + " on " + baseForCampaigns + " base points" + (granted < wanted ? ", cut from " + wanted + limitNote : "")));
        }

        Long firstPurchaseBonus = policy.bonuses().get(BonusEvent.FIRST_PURCHASE);
        if (firstPurchaseBonus != null && tally.claimFirstPurchase()) {
            out.add(new Contribution("first-purchase", firstPurchaseBonus, "bonus for the first purchase"));
        }
        return out;
    }

    /**
     * The counters {@link #evaluate} locks for a purchase, in the order it locks them: the
     * per-customer limit and the budget of each campaign running when it was paid. A caller that
     * locks them ahead (with the account or membership the purchase credits, in one round trip)
     * hands their values in through its {@link EarningTally}.
     *
     * @param order the purchase
     * @param paidAt when it was paid
     * @since 0.2
     */
    public List<String> countersFor(EarningOrder order, Instant paidAt) {
        checkNotNull(order, "order");
        checkNotNull(paidAt, "paidAt");
        List<String> names = new ArrayList<>();
        for (Campaign campaign : policy.campaigns()) {
            if (!campaign.isRunningAt(paidAt)) {
                continue;
            }
            if (campaign.perCustomerLimit() != null) {
                names.add(limitCounter(campaign, order, paidAt));
            }
            if (campaign.budget() != null) {
                names.add(budgetCounter(campaign));
            }
        }
        return names;
    }

    /** The counter of what the campaign gave the buyer in the limit's window holding {@code paidAt}. */
    private String limitCounter(Campaign campaign, EarningOrder order, Instant paidAt) {
        return campaignCounter(campaign, "customer", order.customerId().value(), campaign.period().windowOf(paidAt, zone));
    }

    /** The counter of what the campaign gave everyone. */
    private String budgetCounter(Campaign campaign) {
        return campaignCounter(campaign, "budget");
    }

    /**
     * Counters are per tenant, and campaign ids unique per scope only: the name carries both, and
     * the customer's id is one {@link CompositeKey} part so that it cannot spell another's counter.
     */
    private String campaignCounter(Campaign campaign, String... more) {
        return CompositeKey.of(Stream.concat(Stream.of("campaign", scope, campaign.id()), Stream.of(more)).toArray(String[]::new));
    }

    /** The amount the contributions add up to. */
    public static long sum(List<Contribution> contributions) {
        long sum = 0;
        for (Contribution contribution : contributions) {
            sum += contribution.points();
        }
        return sum;
    }

    /**
     * Rounds a rule's share, capped at {@link #CAP}: far above the {@value org.crmkit.shared.Limits#MAX_POINTS}
     * an operation may credit, so the caller's limit check still refuses it, and low enough that a
     * sum of every rule's share cannot overflow.
     */
    private static long round(BigDecimal value, RoundingMode rounding) {
        BigDecimal rounded = value.setScale(0, rounding);
        if (rounded.compareTo(BigDecimal.valueOf(CAP)) > 0) {
            return CAP;
        }
        return rounded.compareTo(BigDecimal.valueOf(-CAP)) < 0 ? -CAP : rounded.longValueExact();
    }

    /** The most one rule's share may be: 10^15. */
    static final long CAP = 1_000_000_000_000_000L;
}
