package org.crmkit.marketing.journey;

/**
 * What one {@link RunJourney} did with its shard.
 *
 * @param customers customers of the shard looked at
 * @param fired customers the journey fired for now (sent, failed or without consent)
 * @param sent of those, messages the channel took
 * @param alreadyFired customers due again whom the journey had reached in this window
 * @since 0.2
 */
public record JourneyRun(long customers, long fired, long sent, long alreadyFired) {}
