package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.tier.spi.QualifyingMetric;
import org.crmkit.tier.spi.TierPolicy;

/**
 * A tenant's ordered tiers for one programme, e.g. JD's registered, bronze, silver, gold and
 * diamond, or Walmart's lead, iron, silver and gold.
 *
 * @param tenantId the tenant
 * @param programmeId the programme the ladder belongs to (its points multipliers apply there)
 * @param tiers lowest first; the first threshold is 0, thresholds strictly increase, codes are unique
 * @param metric what decides the tier (see {@link QualifyingMetrics})
 * @param policy how members move (see {@link TierPolicies})
 * @param growthEarning how purchases earn growth value, by the loyalty context's earning rules (base
 *     rate, category and product multipliers, tier multipliers, campaigns, caps, first-purchase
 *     bonus), rounded down; purchases must be paid in its currency
 * @param zone the zone of assessment days and "tier on date"
 * @since 0.1
 */
public record TierLadder(
        TenantId tenantId, ProgrammeId programmeId, List<Tier> tiers, QualifyingMetric metric, TierPolicy policy,
        EarningPolicy growthEarning, ZoneId zone) {

    /** One growth value per yuan paid, nothing else: JD's rate. */
    public static final EarningPolicy ONE_GROWTH_PER_YUAN = EarningPolicy.basic(Currency.getInstance("CNY"), BigDecimal.ONE);

    /**
     * @throws ValidationException listing every problem: no tiers, a first threshold above 0,
     *     thresholds not strictly increasing, duplicate codes
     */
    public TierLadder {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(programmeId, "programmeId");
        checkNotNull(tiers, "tiers");
        checkNotNull(metric, "metric");
        checkNotNull(policy, "policy");
        checkNotNull(growthEarning, "growthEarning");
        checkNotNull(zone, "zone");
        tiers = List.copyOf(tiers);
        List<Violation> problems = new ArrayList<>();
        if (tiers.isEmpty()) {
            problems.add(Violation.of("tiers", "[]", "must hold at least one tier"));
        } else if (tiers.get(0).threshold() != 0) {
            problems.add(Violation.of("tiers[0].threshold", tiers.get(0).threshold(), "must be 0: every member belongs to the lowest tier"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < tiers.size(); i++) {
            if (!codes.add(tiers.get(i).code())) {
                problems.add(Violation.of("tiers[" + i + "].code", tiers.get(i).code(), "must be unique in the ladder"));
            }
            if (i > 0 && tiers.get(i).threshold() <= tiers.get(i - 1).threshold()) {
                problems.add(Violation.of("tiers[" + i + "].threshold", tiers.get(i).threshold(),
                        "must be above the threshold of " + tiers.get(i - 1).code() + " (" + tiers.get(i - 1).threshold() + ")"));
            }
        }
        ValidationException.throwIfAny("TierLadder", problems);
    }

    /** A ladder whose purchases earn {@link #ONE_GROWTH_PER_YUAN}. */
    public static TierLadder of(TenantId tenantId, ProgrammeId programmeId, List<Tier> tiers, QualifyingMetric metric, TierPolicy policy,
            ZoneId zone) {
        return new TierLadder(tenantId, programmeId, tiers, metric, policy, ONE_GROWTH_PER_YUAN, zone);
    }

    /** This ladder with another growth earning policy. */
    public TierLadder withGrowthEarning(EarningPolicy earning) {
        return new TierLadder(tenantId, programmeId, tiers, metric, policy, earning, zone);
    }

    /** The highest tier whose threshold {@code metric} reaches. */
    public Tier tierFor(long metric) {
        Tier result = tiers.get(0);
        for (Tier tier : tiers) {
            if (metric >= tier.threshold()) {
                result = tier;
            }
        }
        return result;
    }

    /** The tier with {@code code}, if the ladder has it. */
    public Optional<Tier> tier(String code) {
        return tiers.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The position of {@code code}, lowest 0; -1 if absent. */
    public int rank(String code) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** The lowest tier. */
    public Tier lowest() {
        return tiers.get(0);
    }
}
