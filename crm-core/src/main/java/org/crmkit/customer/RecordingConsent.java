package org.crmkit.customer;

import java.util.EnumMap;
import java.util.Map;

/** Records a marketing consent decision, dated now; repeating the current decision changes nothing. */
final class RecordingConsent {

    private final CustomerContext ctx;

    RecordingConsent(CustomerContext ctx) {
        this.ctx = ctx;
    }

    Customer record(RecordConsent command) {
        ctx.validator.check(command);
        return ctx.changeProfile(command.tenantId(), command.customerId(), null, current -> {
            Consent previous = current.consents().get(command.channel());
            if (previous != null && previous.granted() == command.granted()) {
                return current;
            }
            Map<MarketingChannel, Consent> consents = new EnumMap<>(MarketingChannel.class);
            consents.putAll(current.consents());
            consents.put(command.channel(), new Consent(command.channel(), command.granted(), ctx.now()));
            return current.withConsents(consents);
        });
    }
}
