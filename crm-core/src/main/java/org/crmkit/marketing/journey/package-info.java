/**
 * Triggered journeys: rules on events and scores (a first purchase, P(alive) falling, a tier about
 * to drop, points about to expire) that send a message, and for win-back a coupon, to each customer
 * at most once per window, with an explanation of why each fired. {@link
 * org.crmkit.marketing.journey.JourneyService} is the public API; {@link
 * org.crmkit.marketing.journey.Journeys} is the storage port.
 */
@NullMarked
package org.crmkit.marketing.journey;

import org.jspecify.annotations.NullMarked;
