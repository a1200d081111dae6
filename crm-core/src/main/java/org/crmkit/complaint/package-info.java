/**
 * The complaint and after-sales context (投诉, 退货/换货/返修, 售后, 24小时受理): cases and their
 * state machine, SLA clocks on business calendars, escalation, routing, resolution and
 * satisfaction.
 */
@NullMarked
package org.crmkit.complaint;

import org.jspecify.annotations.NullMarked;
