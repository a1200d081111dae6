package org.crmkit.marketing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.customer.MarketingChannel;

/** The built-in channel: the outbox event crmkit writes for a send is the message. */
record OutboxChannel(String name, MarketingChannel consent) implements MessageChannel {

    OutboxChannel {
        checkNotNull(name, "name");
        checkArgument(!name.isBlank() && name.length() <= 64, "name must be 1 to 64 characters but was '%s'", name);
        checkNotNull(consent, "consent");
    }

    @Override
    public Delivery send(Message message) {
        return Delivery.success();
    }
}
