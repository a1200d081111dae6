package org.crmkit.marketing;

import org.crmkit.customer.MarketingChannel;

/**
 * SPI: a way to reach customers (SMS, e-mail, app push, WeChat), adapted by the host. crmkit calls
 * {@link #send} once per message inside the unit of work that records the send, so a send that
 * throws records nothing and is tried again by the next run; a channel that cannot tell whether a
 * message left should de-duplicate on {@link Message#idempotencyKey()}, which is the same on every
 * retry. Before calling, crmkit checks the customer's consent for {@link #consent()}: a channel is
 * never handed a customer who has not agreed to it.
 *
 * <p>Found by {@link #name()}: channels given to {@code Crm.builder().messageChannel(...)} win over
 * those discovered with {@link java.util.ServiceLoader}, which win over the built-in ones, {@link
 * #outbox(String, MarketingChannel)} for each {@link MarketingChannel} (named in lower case, e.g.
 * {@code sms}). Implementations must be thread-safe.
 *
 * @since 0.2
 */
public interface MessageChannel {

    /** The name campaigns and journeys use for it: 1 to 64 characters, unique among the channels. */
    String name();

    /** The consent a customer must have given for this channel to reach them. */
    MarketingChannel consent();

    /**
     * Sends one message.
     *
     * @return delivered, or failed with a reason (the reason is kept with the send and may be exported)
     */
    Delivery send(Message message);

    /**
     * The built-in log/outbox channel: it reports every message delivered and sends nothing itself;
     * the {@link MessageSent} event that crmkit writes to the outbox for each send carries the message
     * to whatever drains the outbox.
     */
    static MessageChannel outbox(String name, MarketingChannel consent) {
        return new OutboxChannel(name, consent);
    }
}
