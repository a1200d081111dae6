package org.crmkit.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.crmkit.contract.TierFixture;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * {@code tiers().assessToday(i, n)}, the batch job over every ladder of every tenant: each ladder
 * is assessed for today in its zone, and a ladder this instance cannot load does not keep the
 * others from being assessed.
 */
class AssessingEveryLadderTodayTest extends TierFixture {

    private final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return storage;
    }

    @Test
    void every_tenants_ladder_is_assessed_for_today_in_its_zone() {
        // given the fixture's tenant and another, each with a member
        buy(li, "100.00");
        TenantId other = Tenants.fresh();
        tiers.defineLadder(jdLadder(other));
        CustomerId wang = register(other, "Wang Fang");
        tiers.recordPurchase(new RecordTierPurchase(other, wang, PROGRAMME, "buy:order-wang", "order-wang", cny("50.00"), null));
        // when
        List<AssessmentReport> reports = tiers.assessToday(0, 1);
        // then
        assertThat(reports).hasSize(2).allSatisfy(report -> {
            assertThat(report.date()).isEqualTo(LocalDate.of(2025, 5, 10));
            assertThat(report.examined()).isOne();
        });
    }

    @Test
    void a_ladder_that_cannot_be_loaded_fails_the_run_after_the_others_were_assessed() {
        // given a ladder naming a metric no factory here makes, stored past the service's check
        buy(li, "100.00");
        TenantId broken = Tenants.fresh();
        storage.transactions().run(() -> storage.memberships().saveLadder(new LadderDefinition(broken, ProgrammeId.DEFAULT,
                List.of(new Tier("only", "Only", 0, null)), "no-such-metric:1", TierPolicies.jd().spec(),
                EarningPolicy.basic(Currency.getInstance("CNY"), BigDecimal.ONE), SHANGHAI)));
        // when / then
        assertThatThrownBy(() -> tiers.assessToday(0, 1)).hasMessageContaining("no-such-metric");
        assertThat(tiers.assess(tenant, PROGRAMME, LocalDate.of(2025, 5, 10), 0, 1, AssessmentListener.NONE).examined()).isOne();
    }

    @Test
    void a_shard_outside_the_count_is_refused() {
        assertThatThrownBy(() -> tiers.assessToday(2, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shard");
    }
}
