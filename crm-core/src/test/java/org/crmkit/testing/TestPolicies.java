package org.crmkit.testing;

import java.time.LocalDate;
import org.crmkit.tier.spi.MemberStanding;
import org.crmkit.tier.spi.TierDecision;
import org.crmkit.tier.spi.TierPolicy;
import org.crmkit.tier.spi.TierPolicyFactory;

/**
 * Tier policies of the tests' own: one to register on the builder, one that crm-core's test
 * resources list in {@code META-INF/services} for {@link java.util.ServiceLoader}.
 */
public final class TestPolicies {

    private TestPolicies() {}

    /**
     * Climbs one tier per metric change however far the metric reaches; on the first of every
     * month moves to exactly the tier the metric earns, up or down. Kind {@code one-step-up}.
     */
    public record OneStepUp() implements TierPolicy {

        @Override
        public boolean isAssessmentDay(LocalDate date, LocalDate joinedOn) {
            return date.getDayOfMonth() == 1;
        }

        @Override
        public int upgradeOnMetricChange(MemberStanding member) {
            return member.earnedRank() > member.rank() ? member.rank() + 1 : member.rank();
        }

        @Override
        public TierDecision assess(MemberStanding member) {
            return TierDecision.moveTo(member.earnedRank(), "the tier metric " + member.metric() + " earns");
        }

        @Override
        public String spec() {
            return "one-step-up";
        }
    }

    /** Makes {@link OneStepUp}; given to the builder by the tests. */
    public static final class OneStepUpFactory implements TierPolicyFactory {

        @Override
        public String kind() {
            return "one-step-up";
        }

        @Override
        public TierPolicy create(String argument) {
            return new OneStepUp();
        }
    }

    /** Up at once, never down; assessed on the first of {@code month}. Kind {@code never-down:<month>}. */
    public record NeverDown(int month) implements TierPolicy {

        @Override
        public boolean isAssessmentDay(LocalDate date, LocalDate joinedOn) {
            return date.getMonthValue() == month && date.getDayOfMonth() == 1;
        }

        @Override
        public int upgradeOnMetricChange(MemberStanding member) {
            return Math.max(member.rank(), member.earnedRank());
        }

        @Override
        public TierDecision assess(MemberStanding member) {
            return member.earnedRank() > member.rank() ? TierDecision.moveTo(member.earnedRank(), "the metric reaches a higher tier")
                    : TierDecision.keep(member.rank(), "never down");
        }

        @Override
        public String spec() {
            return "never-down:" + month;
        }
    }

    /** Makes {@link NeverDown}; found through {@code META-INF/services}. */
    public static final class NeverDownFactory implements TierPolicyFactory {

        @Override
        public String kind() {
            return "never-down";
        }

        @Override
        public TierPolicy create(String argument) {
            int month = Integer.parseInt(argument);
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("never-down needs a month 1 to 12 but was " + argument);
            }
            return new NeverDown(month);
        }
    }
}
