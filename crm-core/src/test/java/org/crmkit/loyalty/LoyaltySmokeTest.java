package org.crmkit.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.junit.jupiter.api.Test;

class LoyaltySmokeTest {

    @Test
    void aPurchaseEarnsPendingPointsThatMatureAndCanBeHeldAndCommitted() {
        MutableClock clock = MutableClock.atSomeMoment();
        Crm crm = Crm.builder().storage(new InMemoryStorage()).clock(clock).build();
        TenantId t = TenantId.of("shop");
        Currency cny = Currency.getInstance("CNY");
        LoyaltyProgramme programme = new LoyaltyProgramme(t, ProgrammeId.DEFAULT, "points", CashRate.of(100, Money.of("1.00", "CNY")),
                RoundingMode.DOWN, ExpiryPolicies.endOfYear(1), Duration.ofDays(7), Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                RedemptionLimits.NONE, Crm.DEFAULT_ZONE, EarningPolicy.basic(cny, BigDecimal.ONE));
        crm.loyalty().defineProgramme(programme);
        Customer li = crm.customers().register(RegisterCustomer.of(t, "Li", SourceChannel.APP));

        PointsReceipt earned = crm.loyalty().earnForPurchase(PurchaseOrder.of(t, li.id(), ProgrammeId.DEFAULT, "o-1", Money.of("199.90", "CNY")));
        assertThat(earned.points()).isEqualTo(199);
        assertThat(crm.loyalty().balance(t, li.id(), ProgrammeId.DEFAULT).pending()).isEqualTo(199);
        assertThat(crm.loyalty().earnForPurchase(PurchaseOrder.of(t, li.id(), ProgrammeId.DEFAULT, "o-1", Money.of("199.90", "CNY")))).isEqualTo(earned);

        clock.advance(Duration.ofDays(8));
        BalanceView balance = crm.loyalty().balance(t, li.id(), ProgrammeId.DEFAULT);
        assertThat(balance.available()).isEqualTo(199);
        assertThat(balance.pending()).isZero();

        PointsReceipt hold = crm.loyalty().hold(new HoldPoints(t, li.id(), ProgrammeId.DEFAULT, "h-1", 150, "o-2", null, null));
        assertThat(crm.loyalty().balance(t, li.id(), ProgrammeId.DEFAULT).held()).isEqualTo(150);
        crm.loyalty().commit(new CommitHold(t, "c-1", hold.holdId()));
        balance = crm.loyalty().balance(t, li.id(), ProgrammeId.DEFAULT);
        assertThat(balance.available()).isEqualTo(49);
        assertThat(balance.held()).isZero();
        assertThat(balance.lifetimeRedeemed()).isEqualTo(150);
        assertThatThrownBy(() -> crm.loyalty().redeem(new RedeemPoints(t, li.id(), ProgrammeId.DEFAULT, "r-1", 50, "cup")))
                .isInstanceOf(InsufficientPointsException.class).hasMessageContaining("49 points available");
        assertThat(crm.loyalty().statement(t, li.id(), ProgrammeId.DEFAULT, org.crmkit.shared.PageRequest.first(10)).items())
                .extracting(LedgerEntry::type).containsExactly(EntryType.REDEEM, EntryType.HOLD, EntryType.EARN);
    }
}
