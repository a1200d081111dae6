package org.crmkit.spring;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.crmkit.Crm;
import org.crmkit.complaint.spi.CaseRouter;
import org.crmkit.complaint.spi.EscalationRule;
import org.crmkit.complaint.spi.Notifier;
import org.crmkit.customer.spi.LifecyclePolicy;
import org.crmkit.loyalty.TierLookup;
import org.crmkit.loyalty.spi.EarningRule;
import org.crmkit.loyalty.spi.ExpiryPolicyFactory;
import org.crmkit.marketing.MessageChannel;
import org.crmkit.offer.coupon.spi.CouponRule;
import org.crmkit.offer.spi.MemberPricing;
import org.crmkit.sales.spi.CreditPolicy;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.OperationObserver;
import org.crmkit.tier.spi.QualifyingMetricFactory;
import org.crmkit.tier.spi.TierPolicyFactory;
import org.springframework.beans.factory.BeanFactory;

/**
 * Hands the context's beans to {@link Crm.Builder}: given to the builder, they beat the plug-ins
 * crmkit discovers with {@code ServiceLoader} and its built-ins (crmkit's one plug-in rule).
 * Beans of a type the builder takes many of go in {@code @Order}; for a type it takes one of, two
 * beans without a {@code @Primary} one fail the start rather than one being picked silently.
 */
final class PluginBeans {

    private PluginBeans() {}

    static Crm.Builder addAll(BeanFactory beans, Crm.Builder builder) {
        each(beans, EarningRule.class, builder::earningRule);
        each(beans, CaseRouter.class, builder::caseRouter);
        each(beans, EscalationRule.class, builder::escalationRule);
        each(beans, QualifyingMetricFactory.class, builder::qualifyingMetricFactory);
        each(beans, TierPolicyFactory.class, builder::tierPolicyFactory);
        each(beans, ExpiryPolicyFactory.class, builder::expiryPolicyFactory);
        one(beans, Notifier.class, builder::notifier);
        one(beans, LifecyclePolicy.class, builder::lifecyclePolicy);
        one(beans, Clock.class, builder::clock);
        one(beans, Validator.class, builder::validator);
        one(beans, EventPublisher.class, builder::eventPublisher);
        one(beans, TierLookup.class, builder::tierLookup);
        each(beans, MessageChannel.class, builder::messageChannel);
        each(beans, CouponRule.class, builder::couponRule);
        one(beans, CreditPolicy.class, builder::creditPolicy);
        one(beans, MemberPricing.class, builder::memberPricing);
        one(beans, IdGenerator.class, builder::idGenerator);
        List<OperationObserver> observers = beans.getBeanProvider(OperationObserver.class).orderedStream().toList();
        if (!observers.isEmpty()) {
            builder.observer(observers.size() == 1 ? observers.get(0) : all(observers));
        }
        return builder;
    }

    /** Every observer told of each operation, in order (the starter's metrics and the application's own). */
    private static OperationObserver all(List<OperationObserver> observers) {
        return name -> {
            List<OperationObserver.Operation> operations = observers.stream().map(o -> o.started(name)).toList();
            return new OperationObserver.Operation() {
                @Override
                public void retried(ConflictException lost, int attempt) {
                    operations.forEach(o -> o.retried(lost, attempt));
                }

                @Override
                public void ended(Throwable failure) {
                    operations.forEach(o -> o.ended(failure));
                }
            };
        };
    }

    private static <T> void each(BeanFactory beans, Class<T> type, Consumer<T> add) {
        beans.getBeanProvider(type).orderedStream().forEach(add);
    }

    private static <T> void one(BeanFactory beans, Class<T> type, Consumer<T> set) {
        beans.getBeanProvider(type).ifAvailable(set);
    }
}
