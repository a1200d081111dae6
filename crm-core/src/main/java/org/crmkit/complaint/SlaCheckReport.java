package org.crmkit.complaint;

/**
 * What one SLA check run did.
 *
 * @param examined due cases looked at by this shard
 * @param atRisk targets newly reported at risk
 * @param breached targets newly reported breached
 * @param escalated cases escalated
 * @param failed cases that could not be checked (logged; they stay due for the next run)
 * @since 0.1
 */
public record SlaCheckReport(long examined, long atRisk, long breached, long escalated, long failed) {

    /** This report and {@code other} added up, e.g. over shards. */
    public SlaCheckReport plus(SlaCheckReport other) {
        return new SlaCheckReport(examined + other.examined, atRisk + other.atRisk, breached + other.breached, escalated + other.escalated,
                failed + other.failed);
    }
}
