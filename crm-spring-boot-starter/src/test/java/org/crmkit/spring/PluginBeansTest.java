package org.crmkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.testing.ProgrammeBuilder.aProgramme;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crmkit.Crm;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.spi.CaseRouter;
import org.crmkit.complaint.spi.Escalation;
import org.crmkit.complaint.spi.EscalationRule;
import org.crmkit.complaint.spi.Notifier;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerRegistered;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.customer.spi.LifecyclePolicy;
import org.crmkit.customer.spi.LifecycleMove;
import org.crmkit.customer.spi.PurchaseSignal;
import org.crmkit.customer.spi.ScoringSignal;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.loyalty.TierLookup;
import org.crmkit.loyalty.spi.ExpiryPolicy;
import org.crmkit.loyalty.spi.ExpiryPolicyFactory;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.TestMetrics;
import org.crmkit.testing.TestPolicies;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.value.history.RecordPurchase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Every kind of plug-in bean reaches crmkit's builder: each is seen at work (a factory's kind is
 * accepted, a rule or policy is called, a publisher or lookup is asked), and without the factory
 * beans the same ladder is refused.
 */
class PluginBeansTest {

    private static final TenantId SHOP = TenantId.of("plugin-shop");

    private final List<String> calls = new CopyOnWriteArrayList<>();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CrmAutoConfiguration.class))
            .withBean(CrmStorage.class, InMemoryStorage::new);

    @Test
    void every_plug_in_bean_kind_is_given_to_the_builder() {
        runner.withBean(TestMetrics.ActivityGrowthFactory.class)
                .withBean(TestPolicies.OneStepUpFactory.class)
                .withBean(ExpiryPolicyFactory.class, () -> new NeverExpiring(calls))
                .withBean(CaseRouter.class, () -> new RecordingRouter(calls))
                .withBean(EscalationRule.class, () -> new AlwaysEscalating(calls))
                .withBean(Notifier.class, () -> notice -> calls.add("notifier"))
                .withBean(LifecyclePolicy.class, () -> new RecordingLifecycle(calls))
                .withBean(EventPublisher.class, () -> event -> calls.add("publisher " + event.getClass().getSimpleName()))
                .withBean(TierLookup.class, () -> (tenant, customer, programme) -> {
                    calls.add("tier lookup");
                    return Optional.empty();
                })
                .run(context -> {
                    Crm crm = context.getBean(Crm.class);
                    // when
                    crm.tiers().defineLadder(TierLadder.of(SHOP, ProgrammeId.DEFAULT, List.of(Tier.of("member", "Member", 0)),
                            new TestMetrics.ActivityGrowth(), new TestPolicies.OneStepUp(), ZoneId.of("Asia/Shanghai")));
                    crm.loyalty().defineProgramme(aProgramme(SHOP).expiry(new NeverExpiring(calls)).build());
                    Customer li = crm.customers().register(RegisterCustomer.of(SHOP, "李雷", SourceChannel.APP));
                    crm.commerce().recordPurchase(RecordPurchase.of(SHOP, li.id(), "order-1", Money.of("10.00", "CNY"))
                            .inProgramme(ProgrammeId.DEFAULT));
                    crm.complaints().open(OpenCase.of(SHOP, li.id(), CaseType.COMPLAINT, "delivery", CaseChannel.PHONE, "late parcel"));
                    // then
                    assertThat(crm.tiers().ladder(SHOP, ProgrammeId.DEFAULT)).get()
                            .satisfies(ladder -> assertThat(ladder.metric().spec()).isEqualTo("activity-growth"));
                    assertThat(calls).contains("expiry factory", "publisher " + CustomerRegistered.class.getSimpleName(), "lifecycle policy",
                            "tier lookup", "router", "escalation rule", "notifier");
                });
    }

    @Test
    void without_the_factory_beans_the_same_ladder_is_refused() {
        runner.run(context -> assertThatThrownBy(() -> context.getBean(Crm.class).tiers().defineLadder(TierLadder.of(SHOP,
                ProgrammeId.DEFAULT, List.of(Tier.of("member", "Member", 0)), new TestMetrics.ActivityGrowth(), new TestPolicies.OneStepUp(),
                ZoneId.of("Asia/Shanghai")))).hasMessageContaining("activity-growth"));
    }

    private record NeverExpiring(List<String> calls) implements ExpiryPolicyFactory, ExpiryPolicy {
        @Override
        public String kind() {
            return "test-never";
        }

        @Override
        public ExpiryPolicy create(String argument) {
            calls.add("expiry factory");
            return this;
        }

        @Override
        public Optional<Instant> expiresAt(Instant earnedAt, ZoneId zone) {
            return Optional.empty();
        }

        @Override
        public String spec() {
            return "test-never";
        }
    }

    private record RecordingRouter(List<String> calls) implements CaseRouter {
        @Override
        public String name() {
            return "recording-router";
        }

        @Override
        public Optional<org.crmkit.complaint.spi.Route> route(org.crmkit.complaint.spi.RoutingFacts facts) {
            calls.add("router");
            return Optional.empty();
        }
    }

    private record AlwaysEscalating(List<String> calls) implements EscalationRule {
        @Override
        public String name() {
            return "always";
        }

        @Override
        public Optional<Escalation> evaluate(org.crmkit.complaint.spi.EscalationFacts facts) {
            calls.add("escalation rule");
            return facts.level() < 1 ? Optional.of(Escalation.toLevel(1, "every case, in this test")) : Optional.empty();
        }
    }

    private record RecordingLifecycle(List<String> calls) implements LifecyclePolicy {
        @Override
        public Optional<LifecycleMove> afterPurchase(PurchaseSignal signal) {
            calls.add("lifecycle policy");
            return Optional.empty();
        }

        @Override
        public Optional<LifecycleMove> afterScoring(ScoringSignal signal) {
            return Optional.empty();
        }
    }
}
