package org.crmkit.tier;

/**
 * Hears how a batch assessment progresses.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface AssessmentListener {

    /** Ignores progress. */
    AssessmentListener NONE = (done, total, perSecond) -> {};

    /**
     * Called after every page of members.
     *
     * @param done members examined so far by this run
     * @param total members of the programme (all shards)
     * @param perSecond members examined per second so far
     */
    void progress(long done, long total, double perSecond);
}
