/**
 * The one door for commerce facts: a paid purchase, a refund, a cancellation. {@link
 * org.crmkit.commerce.CommerceService} validates a fact once and applies every context's part of it
 * in one unit of work: the purchase history and the customer's totals (value), points by the
 * earning rules (loyalty), growth value (tier), the lifecycle stage (customer) and the customer's
 * timeline. Each part is idempotent on its own, so a fact delivered again, through any door,
 * changes nothing.
 */
@NullMarked
package org.crmkit.commerce;

import org.jspecify.annotations.NullMarked;
