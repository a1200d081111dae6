package org.crmkit.marketing.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * At most {@code messages} campaign messages to one customer in any {@code days} days (counted over
 * every campaign of the tenant, back from the moment of sending).
 *
 * @param messages 1 to 100
 * @param days 1 to 366
 * @since 0.2
 */
public record FrequencyCap(@Min(1) @Max(100) int messages, @Min(1) @Max(366) int days) {}
