/**
 * The marketing context (市场活动): what crmkit sends to customers and how it measures the response.
 * This package holds what its parts share: the {@link org.crmkit.marketing.MessageChannel} SPI
 * through which every message leaves, its {@link org.crmkit.marketing.Message} and {@link
 * org.crmkit.marketing.Delivery}, and the {@link org.crmkit.marketing.MessageSent} event each send
 * writes to the outbox. Campaigns live in {@code org.crmkit.marketing.campaign}.
 */
@NullMarked
package org.crmkit.marketing;

import org.jspecify.annotations.NullMarked;
