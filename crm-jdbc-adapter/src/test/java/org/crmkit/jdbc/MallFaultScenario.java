package org.crmkit.jdbc;

import java.time.Duration;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.offer.mall.CancelMallOrder;
import org.crmkit.offer.mall.DefineReward;
import org.crmkit.offer.mall.Fulfilment;
import org.crmkit.offer.mall.MallOrder;
import org.crmkit.offer.mall.PointsMallService;
import org.crmkit.offer.mall.RedeemReward;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;

/**
 * Mall operations that write to the catalogue, the counters, the orders, the ledger and the outbox
 * at once, each with the history it needs. {@link #when} is the operation under test; a redemption
 * always uses the key {@value #KEY}.
 */
enum MallFaultScenario {

    REDEEM_A_DIGITAL_REWARD_FOR_POINTS_PLUS_CASH_UNDER_STOCK_AND_LIMIT {
        @Override
        void given(Stage s) {
            grant(s, 1000);
            s.mall.define(DefineReward.of(s.tenant, PROGRAMME, "coffee", "Coffee voucher", 120, Fulfilment.DIGITAL_CODE)
                    .withCash(Money.of("9.90", "CNY")).withStock(10L).withLimit(3));
        }

        @Override
        MallOrder when(Stage s) {
            return s.mall.redeem(new RedeemReward(s.tenant, s.customer, PROGRAMME, "coffee", 2, KEY));
        }
    },

    REDEEM_THE_LAST_UNIT_OF_A_SHIPPED_GOOD {
        @Override
        void given(Stage s) {
            grant(s, 1000);
            s.mall.define(DefineReward.of(s.tenant, PROGRAMME, "kettle", "Kettle", 400, Fulfilment.SHIPPED_GOOD).withStock(1L));
        }

        @Override
        MallOrder when(Stage s) {
            return s.mall.redeem(new RedeemReward(s.tenant, s.customer, PROGRAMME, "kettle", 1, KEY));
        }
    },

    CANCEL_A_RESERVED_ORDER {
        @Override
        void given(Stage s) {
            grant(s, 1000);
            s.mall.define(DefineReward.of(s.tenant, PROGRAMME, "kettle", "Kettle", 400, Fulfilment.SHIPPED_GOOD).withStock(1L).withLimit(1));
            s.orderId = s.mall.redeem(new RedeemReward(s.tenant, s.customer, PROGRAMME, "kettle", 1, "first")).orderId();
        }

        @Override
        MallOrder when(Stage s) {
            return s.mall.cancel(new CancelMallOrder(s.tenant, s.orderId, "agent-7"));
        }
    };

    static final String KEY = "the-redemption";
    static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;

    /** One attempt: a fresh tenant with one member, Li, and what the scenario left. */
    static final class Stage {
        final MutableClock clock = MutableClock.atSomeMoment();
        final TenantId tenant = Tenants.fresh();
        final PointsMallService mall;
        final LoyaltyService loyalty;
        final CustomerId customer;
        String orderId;

        Stage(JdbcStorage storage) {
            Crm crm = Crm.builder().storage(storage).clock(clock).build();
            this.mall = crm.mall();
            this.loyalty = crm.loyalty();
            loyalty.defineProgramme(org.crmkit.contract.LedgerPrograms.simple(tenant, DebtPolicy.REPORT_SHORTFALL, Duration.ofHours(1)));
            this.customer = crm.customers().register(RegisterCustomer.of(tenant, "Li", SourceChannel.APP)).id();
        }

        List<CustomerId> customers() {
            return List.of(customer);
        }
    }

    abstract void given(Stage s);

    abstract MallOrder when(Stage s);

    private static void grant(Stage s, long points) {
        s.loyalty.grant(new GrantPoints(s.tenant, s.customer, PROGRAMME, "g-1", points, "welcome", null, "agent-7"));
    }
}
