package org.crmkit.marketing.campaign;

/**
 * Where one audience member of a campaign stands.
 *
 * @since 0.2
 */
public enum SendStatus {
    /** In the control group: never sent to. */
    HELD_OUT,
    /** In the target group, not sent yet. */
    PENDING,
    /** The channel took the message (and the offer was given). */
    SENT,
    /** The channel refused the message; the reason is kept. */
    FAILED,
    /** The customer had not agreed to the channel when the send was due; nothing was sent. */
    NO_CONSENT,
    /** The customer had reached the campaign's frequency cap; nothing was sent. */
    CAPPED,
    /** The customer was erased or is no longer in the tenant; nothing was sent. */
    GONE
}
