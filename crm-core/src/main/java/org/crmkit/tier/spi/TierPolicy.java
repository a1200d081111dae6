package org.crmkit.tier.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * SPI: how members move along a ladder. The service asks the policy when a member's metric
 * changes (a purchase, a refund, a growth grant) and on the member's assessment days; it writes
 * the history, the events and the membership. Built-ins are in {@code TierPolicies}; supply others
 * through a {@link TierPolicyFactory}. Implementations must be immutable, thread-safe and
 * side-effect free.
 *
 * @since 0.1
 */
public interface TierPolicy {

    /**
     * True if {@code date} is an assessment day for a member who joined on {@code joinedOn}, both
     * in the ladder's zone. An assessment on that day decides as of its midnight.
     */
    boolean isAssessmentDay(LocalDate date, LocalDate joinedOn);

    /**
     * The rank the member moves up to now that their metric changed outside an assessment; {@code
     * standing.rank()} to stay. A lower rank is ignored: members move down only at assessments.
     */
    int upgradeOnMetricChange(MemberStanding standing);

    /**
     * What the assessment on one of the member's assessment days does, as of that day's midnight
     * ({@code standing.at()}).
     *
     * @return a decision whose rank is a position in {@code standing.tiers()}
     */
    TierDecision assess(MemberStanding standing);

    /**
     * Until when the member keeps their earned tier whatever the metric, if the policy retains
     * tiers; shown to members. Empty by default.
     */
    default Optional<Instant> retainedUntil(MemberStanding standing) {
        return Optional.empty();
    }

    /**
     * The text that recreates this policy through its factory, {@code kind} or {@code
     * kind:argument}, e.g. {@code standard:monthly,P12M,one-tier}. Stored with the ladder.
     */
    String spec();
}
