package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import java.util.List;
import java.util.stream.Stream;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.BonusEvent;
import org.crmkit.loyalty.AdjustPoints;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.EarnBonus;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.loyalty.ReleaseHold;
import org.crmkit.loyalty.TransferPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: this test's tenant ("A") can neither read nor move the points of another tenant
 * ("B"), even knowing the member's id, the programme id and a hold id; B's account stays exactly
 * as it was. Both tenants have a programme with the same id.
 */
public abstract class LoyaltyTenancyContract extends LoyaltyFixture {

    /** Something tenant A tries with B's member id and B's hold id. */
    @FunctionalInterface
    interface Attempt {
        Object run(LoyaltyTenancyContract t, CustomerId memberOfB, String holdOfB);
    }

    private final TenantId tenantB = Tenants.fresh();
    private LoyaltyProgramme programmeOfB;
    private CustomerId memberOfB;
    private String holdOfB;
    private BalanceView balanceOfB;
    private List<LedgerEntry> statementOfB;

    @BeforeEach
    void tenantBHasAMemberWithPointsAndAnOpenHold() {
        programmeOfB = ProgrammeBuilder.aProgramme(tenantB).build();
        loyalty.defineProgramme(programmeOfB);
        memberOfB = crm.customers().register(RegisterCustomer.of(tenantB, "Member of B", SourceChannel.APP)).id();
        loyalty.grant(new GrantPoints(tenantB, memberOfB, programmeOfB.id(), "b-grant", 1000, "welcome", null, "agent-b"));
        loyalty.earnForPurchase(PurchaseOrder.of(tenantB, memberOfB, programmeOfB.id(), "b-order", cny("100.00")));
        holdOfB = loyalty.hold(new HoldPoints(tenantB, memberOfB, programmeOfB.id(), "b-hold", 300, "b-checkout", null, null)).holdId();
        balanceOfB = balanceOfB();
        statementOfB = statementOfB();
    }

    static Stream<Named<Attempt>> attemptsOnAnotherTenantsMember() {
        return Stream.of(
                named("earn for a purchase", (t, m, h) -> t.loyalty.earnForPurchase(PurchaseOrder.of(t.tenant, m, t.programme.id(), "x", cny("10.00")))),
                named("earn a bonus", (t, m, h) -> t.loyalty.earnBonus(new EarnBonus(t.tenant, m, t.programme.id(), "a-1", BonusEvent.SIGN_UP, null))),
                named("grant", (t, m, h) -> t.loyalty.grant(new GrantPoints(t.tenant, m, t.programme.id(), "a-1", 10, "r", null, "a"))),
                named("hold", (t, m, h) -> t.loyalty.hold(new HoldPoints(t.tenant, m, t.programme.id(), "a-1", 10, "o", null, null))),
                named("redeem", (t, m, h) -> t.loyalty.redeem(new RedeemPoints(t.tenant, m, t.programme.id(), "a-1", 10, "mug"))),
                named("refund B's order", (t, m, h) -> t.loyalty.refund(new RefundOrder(t.tenant, m, t.programme.id(), "a-1", "b-order",
                        cny("100.00"), cny("100.00")))),
                named("transfer from B's member", (t, m, h) -> t.loyalty.transfer(new TransferPoints(t.tenant, m, t.programme.id(), "a-1", t.li, 10, null))),
                named("transfer to B's member", (t, m, h) -> t.loyalty.transfer(new TransferPoints(t.tenant, t.li, t.programme.id(), "a-1", m, 10, null))),
                named("adjust", (t, m, h) -> t.loyalty.adjust(new AdjustPoints(t.tenant, m, t.programme.id(), "a-1", -10, "r", "a"))),
                named("commit B's hold", (t, m, h) -> t.loyalty.commit(new CommitHold(t.tenant, "a-1", h))),
                named("release B's hold", (t, m, h) -> t.loyalty.release(new ReleaseHold(t.tenant, "a-1", h))),
                named("read the balance", (t, m, h) -> t.loyalty.balance(t.tenant, m, t.programme.id())),
                named("read the statement", (t, m, h) -> t.loyalty.statement(t.tenant, m, t.programme.id(), PageRequest.first(10))),
                named("quote", (t, m, h) -> t.loyalty.quote(t.tenant, m, t.programme.id(), cny("100.00"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attemptsOnAnotherTenantsMember")
    void another_tenants_member_and_hold_are_not_found_and_stay_unchanged(Attempt attempt) {
        // given
        grant(li, 100);

        // when / then
        assertThatThrownBy(() -> attempt.run(this, memberOfB, holdOfB))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.id()).isIn(memberOfB.value(), holdOfB);
                    assertThat(e.getMessage()).contains(tenant.value()).doesNotContain(tenantB.value());
                });
        assertThat(balanceOfB()).usingRecursiveComparison().ignoringFields("asOf").isEqualTo(balanceOfB);
        assertThat(statementOfB()).isEqualTo(statementOfB);
        assertThat(availableOf(li)).isEqualTo(100);
        assertThat(storage().pointsLedger().find(programme.account(memberOfB))).isEmpty();
    }

    @Test
    void a_hold_of_another_tenant_stays_open_for_its_own_tenant() {
        // given
        assertThatThrownBy(() -> loyalty.commit(new CommitHold(tenant, "a-1", holdOfB))).isInstanceOf(NotFoundException.class);

        // when
        var committed = loyalty.commit(new CommitHold(tenantB, "b-commit", holdOfB));

        // then
        assertThat(committed.points()).isEqualTo(300);
        assertThat(balanceOfB().lifetimeRedeemed()).isEqualTo(300);
    }

    @Test
    void the_same_member_id_and_keys_in_two_tenants_are_separate_accounts() {
        // given
        CustomerId sameId = crm.customers().register(RegisterCustomer.of(tenant, "Namesake", SourceChannel.APP)
                .withCustomerId(memberOfB)).id();

        // when
        var ours = loyalty.grant(new GrantPoints(tenant, sameId, programme.id(), "b-grant", 7, "welcome", null, "agent-a"));

        // then
        assertThat(ours.points()).isEqualTo(7);
        assertThat(availableOf(sameId)).isEqualTo(7);
        assertThat(statementOf(sameId)).hasSize(1);
        assertThat(balanceOfB()).usingRecursiveComparison().ignoringFields("asOf").isEqualTo(balanceOfB);
        assertThat(statementOfB()).isEqualTo(statementOfB);
    }

    private BalanceView balanceOfB() {
        return loyalty.balance(tenantB, memberOfB, programmeOfB.id());
    }

    private List<LedgerEntry> statementOfB() {
        return loyalty.statement(tenantB, memberOfB, programmeOfB.id(), PageRequest.first(100)).items();
    }
}
