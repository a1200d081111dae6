package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Set;
import org.crmkit.shared.TenantId;

/**
 * A tenant's funnel: its open stages in order, followed by the two closing stages {@link #WON} and
 * {@link #LOST} that every funnel has. A tenant that defined none has {@link #standard}: QUALIFIED,
 * PROPOSAL, NEGOTIATION.
 *
 * @param stages the open stages, in the order an opportunity normally passes them; 1 to 20 distinct
 *     names, none of them WON or LOST
 * @since 0.2
 */
public record SalesFunnel(TenantId tenantId, List<String> stages) {

    /** The closing stage of a won opportunity. */
    public static final String WON = "WON";
    /** The closing stage of a lost opportunity. */
    public static final String LOST = "LOST";
    /** The most open stages a funnel may have. */
    public static final int MAX_STAGES = 20;

    /** Checks the components as the record's description says. */
    public SalesFunnel {
        checkNotNull(tenantId, "tenantId");
        stages = List.copyOf(stages);
        checkArgument(!stages.isEmpty() && stages.size() <= MAX_STAGES, "a funnel has 1 to %s open stages but got %s", MAX_STAGES,
                stages.size());
        checkArgument(Set.copyOf(stages).size() == stages.size(), "the stages must be distinct but were %s", stages);
        checkArgument(!stages.contains(WON) && !stages.contains(LOST), "WON and LOST close every funnel; they are not open stages: %s",
                stages);
    }

    /** The funnel of a tenant that defined none: QUALIFIED, PROPOSAL, NEGOTIATION, then WON or LOST. */
    public static SalesFunnel standard(TenantId tenantId) {
        return new SalesFunnel(tenantId, List.of("QUALIFIED", "PROPOSAL", "NEGOTIATION"));
    }

    /** The stage a new opportunity starts in: the first open stage. */
    public String firstStage() {
        return stages.get(0);
    }

    /** Whether an opportunity may be moved to {@code stage}: an open stage, WON or LOST. */
    public boolean accepts(String stage) {
        return stages.contains(stage) || WON.equals(stage) || LOST.equals(stage);
    }

    /**
     * How far {@code stage} is down the funnel: the open stages count 0, 1, ..., WON counts as past
     * every open stage, and LOST and stages no longer in the funnel count -1 (no progress).
     */
    public int depth(String stage) {
        if (WON.equals(stage)) {
            return stages.size();
        }
        return stages.indexOf(stage);
    }
}
