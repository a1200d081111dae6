/**
 * The segment context: segment definitions as composable criteria over profile, tier, purchases
 * and value scores, their members and counts.
 */
@NullMarked
package org.crmkit.segment;

import org.jspecify.annotations.NullMarked;
