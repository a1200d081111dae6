package org.crmkit.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.earning.BonusEvent;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.earning.LimitPeriod;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.loyalty.TransferPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;

/**
 * Ledger operations that write to many tables at once, each with the history it needs. {@link
 * #when} is the operation under test, always under the key {@value #KEY}.
 */
enum LedgerFaultScenario {

    TRANSFER_SPANNING_TWO_LOTS {
        @Override
        void given(Stage s) {
            grant(s, 0, "g-1", 300);
            s.clock.advance(Duration.ofMinutes(1));
            grant(s, 0, "g-2", 200);
            grant(s, 1, "g-3", 50);
        }

        @Override
        PointsReceipt when(Stage s) {
            return s.loyalty.transfer(new TransferPoints(s.tenant, s.customer(0), PROGRAMME, KEY, s.customer(1), 400, "family"));
        }
    },

    PURCHASE_UNDER_A_CAMPAIGN_BUDGET {
        @Override
        void given(Stage s) {
            s.loyalty.earnForPurchase(PurchaseOrder.of(s.tenant, s.customer(1), PROGRAMME, "o-han", Money.of("150.00", "CNY")));
        }

        @Override
        PointsReceipt when(Stage s) {
            return s.loyalty.earnForPurchase(new PurchaseOrder(s.tenant, s.customer(0), PROGRAMME, KEY, "o-li",
                    Money.of("400.00", "CNY"), null, List.of()));
        }
    },

    HOLD_AT_CHECKOUT {
        @Override
        void given(Stage s) {
            grant(s, 0, "g-1", 500);
        }

        @Override
        PointsReceipt when(Stage s) {
            return s.loyalty.hold(new HoldPoints(s.tenant, s.customer(0), PROGRAMME, KEY, 120, "o-checkout", Money.of("50.00", "CNY"), null));
        }
    },

    COMMIT_OF_A_HOLD {
        @Override
        void given(Stage s) {
            grant(s, 0, "g-1", 500);
            s.holdId = s.loyalty.hold(new HoldPoints(s.tenant, s.customer(0), PROGRAMME, "h-1", 120, "o-checkout", null, null)).holdId();
        }

        @Override
        PointsReceipt when(Stage s) {
            return s.loyalty.commit(new CommitHold(s.tenant, KEY, s.holdId));
        }
    },

    REFUND_OF_SPENT_POINTS_FROM_OTHER_LOTS {
        @Override
        void given(Stage s) {
            s.loyalty.earnForPurchase(new PurchaseOrder(s.tenant, s.customer(0), PROGRAMME, "p-1", "o-spent", Money.of("300.00", "CNY"),
                    s.clock.instant().minus(Duration.ofDays(8)), List.of()));
            grant(s, 0, "g-1", 100);
            s.loyalty.redeem(new RedeemPoints(s.tenant, s.customer(0), PROGRAMME, "r-1", 300, "tv"));
        }

        @Override
        PointsReceipt when(Stage s) {
            return s.loyalty.refund(new RefundOrder(s.tenant, s.customer(0), PROGRAMME, KEY, "o-spent", Money.of("300.00", "CNY"),
                    Money.of("150.00", "CNY")));
        }
    },

    REDEMPTION_THAT_FIRST_SETTLES_TIMEOUTS_MATURITIES_AND_EXPIRIES {
        @Override
        void given(Stage s) {
            grant(s, 0, "g-1", 100);
            s.clock.advance(Duration.ofDays(1));
            s.loyalty.earnForPurchase(PurchaseOrder.of(s.tenant, s.customer(0), PROGRAMME, "o-later", Money.of("50.00", "CNY")));
            s.loyalty.hold(new HoldPoints(s.tenant, s.customer(0), PROGRAMME, "h-1", 60, "o-abandoned", null, null));
            // the hold times out, the grant expires (with the points the hold gives back), the purchase matures
            s.clock.advance(Duration.ofDays(60).plusHours(12));
        }

        @Override
        PointsReceipt when(Stage s) {
            return s.loyalty.redeem(new RedeemPoints(s.tenant, s.customer(0), PROGRAMME, KEY, 10, "coupon"));
        }
    };

    static final String KEY = "the-operation";
    static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;
    static final Instant START = MutableClock.SOME_MOMENT;

    /** One attempt: a fresh tenant with two members, Li (0) and Han (1), and what the scenario left. */
    static final class Stage {
        final MutableClock clock = MutableClock.at(START);
        final TenantId tenant;
        final LoyaltyService loyalty;
        final List<CustomerId> customers;
        String holdId;

        Stage(JdbcStorage storage, TenantId tenant) {
            this.tenant = tenant;
            Crm crm = Crm.builder().storage(storage).clock(clock).build();
            this.loyalty = crm.loyalty();
            loyalty.defineProgramme(programme(tenant));
            this.customers = List.of(
                    crm.customers().register(org.crmkit.testing.RegistrationBuilder.aRegistration(tenant).displayName("Li").build()).id(),
                    crm.customers().register(org.crmkit.testing.RegistrationBuilder.aRegistration(tenant).displayName("Han").build()).id());
        }

        CustomerId customer(int i) {
            return customers.get(i);
        }
    }

    abstract void given(Stage s);

    abstract PointsReceipt when(Stage s);

    /**
     * Points expire two months after earning, purchase points wait seven days, holds live an
     * hour; a double-points campaign with a budget of 500 and 300 per customer a day runs; a
     * first purchase earns 30 more; a refund of spent points takes from other lots.
     */
    static LoyaltyProgramme programme(TenantId tenant) {
        Currency cny = Currency.getInstance("CNY");
        Campaign campaign = Campaign.of("double-points", new BigDecimal("2"), START.minus(Duration.ofDays(1)), START.plus(Duration.ofDays(30)))
                .withBudget(500).withPerCustomerLimit(300, LimitPeriod.DAY);
        return new LoyaltyProgramme(tenant, PROGRAMME, "points", CashRate.of(100, Money.of("1.00", "CNY")), RoundingMode.DOWN,
                ExpiryPolicies.rollingMonths(2), Duration.ofDays(7), Duration.ofHours(1), DebtPolicy.TAKE_FROM_OTHER_LOTS,
                RedemptionLimits.NONE, Crm.DEFAULT_ZONE,
                EarningPolicy.basic(cny, BigDecimal.ONE).withBonus(BonusEvent.FIRST_PURCHASE, 30).withCampaign(campaign));
    }

    private static void grant(Stage s, int customer, String key, long points) {
        s.loyalty.grant(new GrantPoints(s.tenant, s.customer(customer), PROGRAMME, key, points, "welcome", null, "agent-7"));
    }
}
