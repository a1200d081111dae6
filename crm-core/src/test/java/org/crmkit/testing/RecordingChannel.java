package org.crmkit.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.marketing.Delivery;
import org.crmkit.marketing.Message;
import org.crmkit.marketing.MessageChannel;
import org.crmkit.shared.CustomerId;

/**
 * A message channel named {@code sms-test} (SMS consent) that remembers every message it is given,
 * and refuses ("number unreachable") customers whose id ends in {@code -bounce}. Thread-safe.
 */
public final class RecordingChannel implements MessageChannel {

    /** Every message given, in order. */
    public final List<Message> sent = Collections.synchronizedList(new ArrayList<>());
    /** The idempotency keys of the messages given. */
    public final Set<String> keys = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return "sms-test";
    }

    @Override
    public MarketingChannel consent() {
        return MarketingChannel.SMS;
    }

    @Override
    public Delivery send(Message message) {
        sent.add(message);
        keys.add(message.idempotencyKey());
        return message.customerId().value().endsWith("-bounce") ? Delivery.failure("number unreachable") : Delivery.success();
    }

    /** How many messages the customer was given. */
    public long to(CustomerId customer) {
        synchronized (sent) {
            return sent.stream().filter(m -> m.customerId().equals(customer)).count();
        }
    }
}
