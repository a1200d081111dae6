package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.crmkit.shared.Money;

/**
 * The funnel of one group of opportunities (all, one source or one owner) as of the report's instant.
 *
 * @param key {@code all}, the source or the owner
 * @param opportunities how many had been opened
 * @param stages one line per open stage of the funnel, in its order
 * @param won how many were won
 * @param lost how many were lost
 * @param wonValue the expected values of the won ones, one sum per currency, by currency code
 * @since 0.2
 */
public record FunnelGroup(String key, long opportunities, List<StageFigures> stages, long won, long lost, List<Money> wonValue) {

    /** Checks the components and copies the lists. */
    public FunnelGroup {
        checkNotNull(key, "key");
        stages = List.copyOf(stages);
        wonValue = List.copyOf(wonValue);
    }
}
