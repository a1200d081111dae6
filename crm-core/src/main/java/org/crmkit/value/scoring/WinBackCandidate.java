package org.crmkit.value.scoring;

import java.math.BigDecimal;
import org.crmkit.shared.CustomerId;

/**
 * A customer probably leaving who was worth a lot: first on a win-back list.
 *
 * @param spent net spend so far, currency units
 * @param clv predicted value if kept, currency units
 * @since 0.1
 */
public record WinBackCandidate(CustomerId customerId, double pAlive, BigDecimal spent, BigDecimal clv, RfmSegment segment) {}
