/**
 * Campaigns (市场活动): a message, with a coupon or a points bonus or nothing else, to a segment
 * snapshotted at launch with a random control group held out; sends scheduled, batched, sharded and
 * idempotent, within consent, quiet hours and frequency caps; and a report of the response and the
 * uplift against the control group. {@link org.crmkit.marketing.campaign.CampaignService} is the
 * public API; {@link org.crmkit.marketing.campaign.Campaigns} is the storage port.
 */
@NullMarked
package org.crmkit.marketing.campaign;

import org.jspecify.annotations.NullMarked;
