package org.crmkit.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.customer.Consent;
import org.crmkit.customer.Gender;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.segment.spi.Criterion;
import org.crmkit.value.scoring.Prediction;
import org.crmkit.value.scoring.RfmSegment;
import org.crmkit.value.scoring.ValueLevel;

/**
 * The built-in criteria: demographics, tags, consent, lifecycle stage, tier, purchases, RFM
 * segment, value level, CLV and P(alive), combined with {@link #allOf}, {@link #anyOf} and
 * {@link #not}. A criterion on something unknown (no birth date, never scored) is false.
 *
 * @since 0.1
 */
public final class Criteria {

    private Criteria() {}

    /** Every one of {@code criteria} (true for none). */
    public static Criterion allOf(Criterion... criteria) {
        return new Composite(Composite.Kind.ALL, List.of(criteria));
    }

    /** At least one of {@code criteria} (false for none). */
    public static Criterion anyOf(Criterion... criteria) {
        return new Composite(Composite.Kind.ANY, List.of(criteria));
    }

    /** Not {@code criterion}. */
    public static Criterion not(Criterion criterion) {
        return new Composite(Composite.Kind.NOT, List.of(checkNotNull(criterion, "criterion")));
    }

    /** Every customer. */
    public static Criterion everyone() {
        return new Leaf("everyone", f -> true);
    }

    /** Aged {@code min} to {@code max} years, both inclusive. */
    public static Criterion ageBetween(int min, int max) {
        checkArgument(min >= 0 && min <= max, "ages must satisfy 0 <= min <= max but were %s and %s", min, max);
        return new Leaf("age " + min + "-" + max, f -> f.age().isPresent() && f.age().getAsInt() >= min && f.age().getAsInt() <= max);
    }

    /** Of gender {@code gender}. */
    public static Criterion gender(Gender gender) {
        checkNotNull(gender, "gender");
        return new Leaf("gender " + gender, f -> f.customer().demographics().gender() == gender);
    }

    /** Living in one of {@code regions} (province or state, compared ignoring case). */
    public static Criterion region(String... regions) {
        Set<String> wanted = lower(regions);
        return new Leaf("region in " + wanted, f -> lowerOrNull(f.customer().demographics().region()).map(wanted::contains).orElse(false));
    }

    /** Living in one of {@code cities} (compared ignoring case). */
    public static Criterion city(String... cities) {
        Set<String> wanted = lower(cities);
        return new Leaf("city in " + wanted, f -> lowerOrNull(f.customer().demographics().city()).map(wanted::contains).orElse(false));
    }

    /** Tagged {@code tag}. */
    public static Criterion tagged(String tag) {
        checkNotNull(tag, "tag");
        return new Leaf("tagged " + tag, f -> f.customer().tags().contains(tag));
    }

    /** Has granted consent to be contacted on {@code channel}. */
    public static Criterion consented(MarketingChannel channel) {
        checkNotNull(channel, "channel");
        return new Leaf("consented to " + channel, f -> Optional.ofNullable(f.customer().consents().get(channel)).map(Consent::granted)
                .orElse(false));
    }

    /** In one of {@code stages}. */
    public static Criterion stage(LifecycleStage first, LifecycleStage... rest) {
        Set<LifecycleStage> wanted = EnumSet.of(first, rest);
        return new Leaf("stage in " + wanted, f -> wanted.contains(f.customer().stage()));
    }

    /** In one of the tiers {@code codes} of the segment's programme. */
    public static Criterion tier(String... codes) {
        Set<String> wanted = Set.of(codes);
        return new Leaf("tier in " + wanted, f -> f.tierCode().map(wanted::contains).orElse(false));
    }

    /** Net spend (paid minus refunded) of at least {@code amount} currency units. */
    public static Criterion totalSpendAtLeast(BigDecimal amount) {
        checkNotNull(amount, "amount");
        return new Leaf("total spend >= " + amount.toPlainString(),
                f -> f.purchases().map(p -> p.net().amount().compareTo(amount) >= 0).orElse(false));
    }

    /** Last bought within the last {@code days} days (0: today). */
    public static Criterion boughtWithinDays(int days) {
        checkArgument(days >= 0, "days must be >= 0 but was %s", days);
        return new Leaf("bought within " + days + " days", f -> f.lastPurchaseDay()
                .map(day -> !day.isBefore(f.today().minusDays(days))).orElse(false));
    }

    /** Has bought, but not within the last {@code days} days. */
    public static Criterion notBoughtForDays(int days) {
        checkArgument(days >= 0, "days must be >= 0 but was %s", days);
        return new Leaf("not bought for " + days + " days", f -> f.lastPurchaseDay()
                .map(day -> day.isBefore(f.today().minusDays(days))).orElse(false));
    }

    /** In one of the RFM segments of the latest scoring run. */
    public static Criterion rfmSegment(RfmSegment first, RfmSegment... rest) {
        Set<RfmSegment> wanted = EnumSet.of(first, rest);
        return new Leaf("RFM segment in " + wanted, f -> f.value().map(v -> wanted.contains(v.rfm().segment())).orElse(false));
    }

    /** On one of the value pyramid levels of the latest scoring run. */
    public static Criterion valueLevel(ValueLevel first, ValueLevel... rest) {
        Set<ValueLevel> wanted = EnumSet.of(first, rest);
        return new Leaf("value level in " + wanted, f -> f.value().map(v -> wanted.contains(v.level())).orElse(false));
    }

    /** Predicted CLV from {@code min} inclusive to {@code max} exclusive, in currency units. */
    public static Criterion clvBetween(BigDecimal min, BigDecimal max) {
        checkArgument(min.compareTo(max) < 0, "min %s must be below max %s", min, max);
        return new Leaf("CLV in [" + min.toPlainString() + ", " + max.toPlainString() + ")", f -> prediction(f)
                .map(p -> p.clv().compareTo(min) >= 0 && p.clv().compareTo(max) < 0).orElse(false));
    }

    /** Probability of still being an active customer below {@code p} (churn risk). */
    public static Criterion pAliveBelow(double p) {
        checkArgument(p > 0 && p <= 1, "p must be in (0, 1] but was %s", p);
        return new Leaf("P(alive) < " + p, f -> prediction(f).map(x -> x.pAlive() < p).orElse(false));
    }

    private static Optional<Prediction> prediction(CustomerFacts f) {
        return f.value().flatMap(v -> v.prediction());
    }

    private static Set<String> lower(String... values) {
        checkArgument(values.length > 0, "name at least one value");
        return java.util.Arrays.stream(values).map(v -> v.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static Optional<String> lowerOrNull(String value) {
        return Optional.ofNullable(value).map(v -> v.toLowerCase(java.util.Locale.ROOT));
    }
}
