package org.crmkit.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.loyalty.spi.Contribution;
import org.crmkit.loyalty.spi.EarningContext;
import org.crmkit.loyalty.spi.EarningRule;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * Computes the points of a purchase on a locked account: built-in base, category and tier rules,
 * plug-in rules, caps, then campaign bonuses within their budgets, then the first-purchase bonus.
 */
final class PurchaseEarning {

    private final PointsLedger ledger;
    private final List<EarningRule> plugins;

    PurchaseEarning(PointsLedger ledger, List<EarningRule> plugins) {
        this.ledger = ledger;
        this.plugins = List.copyOf(plugins);
    }

    /** The contributions of every rule; their sum is the points to credit. */
    List<Contribution> evaluate(LoyaltyProgramme programme, PurchaseOrder order, Instant paidAt, Optional<String> tier,
            Optional<BigDecimal> tierBenefitMultiplier) {
        EarningPolicy policy = programme.earning();
        RoundingMode rounding = programme.rounding();
        AccountRef ref = programme.account(order.customerId());
        List<Contribution> out = new ArrayList<>();

        BigDecimal rate = policy.pointsPerUnit();
        long base = round(order.paid().amount().multiply(rate), rounding);
        out.add(new Contribution("base", base, order.paid() + " x " + rate.toPlainString() + " points per unit"));

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

        for (EarningRule rule : plugins) {
            Contribution c = rule.apply(new EarningContext(programme, order, regular, tier));
            if (c != null && c.points() != 0) {
                out.add(c);
                regular += c.points();
            }
        }
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
            LocalDate day = paidAt.atZone(programme.zone()).toLocalDate();
            // the day the order was paid on, which is not today for an order reported late
            long earnedToday = ledger.purchasePoints(ref, day.atStartOfDay(programme.zone()).toInstant(),
                    day.plusDays(1).atStartOfDay(programme.zone()).toInstant());
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
                String counter = campaignCounter(programme, campaign) + ":customer:" + order.customerId() + ":"
                        + campaign.period().windowOf(paidAt, programme.zone());
                long used = ledger.lockCounter(ref.tenantId(), counter);
                long room = Math.max(0, campaign.perCustomerLimit() - used);
                if (granted > room) {
                    granted = room;
                    limitNote = "; per-customer limit " + campaign.perCustomerLimit() + " per " + campaign.period();
                }
                ledger.setCounter(ref.tenantId(), counter, used + granted);
            }
            if (campaign.budget() != null) {
                String counter = campaignCounter(programme, campaign) + ":budget";
                long used = ledger.lockCounter(ref.tenantId(), counter);
                long room = Math.max(0, campaign.budget() - used);
                if (granted > room) {
                    granted = room;
                    limitNote += "; budget of " + campaign.budget() + " nearly used up";
                }
                ledger.setCounter(ref.tenantId(), counter, used + granted);
            }
            dayRoom -= granted;
            out.add(new Contribution("campaign:" + campaign.id(), granted, "x" + campaign.multiplier().toPlainString()
                    + " on " + baseForCampaigns + " base points" + (granted < wanted ? ", cut from " + wanted + limitNote : "")));
        }

        Long firstPurchaseBonus = policy.bonuses().get(BonusEvent.FIRST_PURCHASE);
        if (firstPurchaseBonus != null && claimFirstPurchase(ledger, ref)) {
            out.add(new Contribution("first-purchase", firstPurchaseBonus, "bonus for the first purchase"));
        }
        return out;
    }

    /**
     * Claims the account's one first-purchase bonus, whether it comes with a purchase or as an
     * event; false if it was claimed before.
     */
    static boolean claimFirstPurchase(PointsLedger ledger, AccountRef ref) {
        return claimOnce(ledger, ref.tenantId(), "first-purchase:" + ref);
    }

    /** Sets a 0/1 counter; false if it was set before. The caller holds the account's lock. */
    static boolean claimOnce(PointsLedger ledger, TenantId tenantId, String counter) {
        if (ledger.lockCounter(tenantId, counter) != 0) {
            return false;
        }
        ledger.setCounter(tenantId, counter, 1);
        return true;
    }

    /** Counters are per tenant, and campaign ids unique per programme only: the name carries both ids. */
    private static String campaignCounter(LoyaltyProgramme programme, Campaign campaign) {
        return "campaign:" + programme.id() + ":" + campaign.id();
    }

    static long sum(List<Contribution> contributions) {
        return contributions.stream().mapToLong(Contribution::points).sum();
    }

    private static long round(BigDecimal value, RoundingMode rounding) {
        return value.setScale(0, rounding).longValueExact();
    }

    /** Checks that the lines add up to the paid amount. */
    static boolean linesMatch(PurchaseOrder order) {
        if (order.lines().isEmpty()) {
            return true;
        }
        Money total = Money.zero(order.paid().currency());
        for (OrderLine line : order.lines()) {
            if (!line.paid().currency().equals(total.currency())) {
                return false;
            }
            total = total.plus(line.paid());
        }
        return total.equals(order.paid());
    }
}
