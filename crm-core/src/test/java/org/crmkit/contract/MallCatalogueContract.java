package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.crmkit.offer.mall.DefineReward;
import org.crmkit.offer.mall.RewardDefined;
import org.crmkit.offer.mall.RewardItem;
import org.crmkit.offer.mall.StockedReward;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.testing.Outboxes;
import org.junit.jupiter.api.Test;

/** Defining the reward catalogue: idempotent definitions, changes by version, and what a change keeps. */
public abstract class MallCatalogueContract extends MallFixture {

    @Test
    void an_item_is_stored_as_defined_at_version_one() {
        // given
        DefineReward command = good("kettle", 200).withCash(cny("19.90")).withStock(50L).withLimit(2)
                .withTiers(Set.of("gold", "silver")).withWindow(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));

        // when
        RewardItem item = define(command);

        // then
        assertThat(item.version()).isEqualTo(1);
        assertThat(item.tierCodes()).containsExactly("gold", "silver");
        assertThat(mall.item(tenant, PROGRAMME, "kettle")).contains(item);
        assertThat(mall.catalogue(tenant, PROGRAMME)).containsExactly(new StockedReward(item, 0));
    }

    @Test
    void defining_an_item_again_alike_returns_it_unchanged() {
        // given
        RewardItem first = define(digital("coffee", 300).withStock(5L));
        clock.advance(java.time.Duration.ofMinutes(5));

        // when
        RewardItem again = define(digital("coffee", 300).withStock(5L));
        RewardItem againNamingTheVersion = define(digital("coffee", 300).withStock(5L).changing(1));

        // then
        assertThat(again).isEqualTo(first);
        assertThat(againNamingTheVersion).isEqualTo(first);
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).filteredOn(RewardDefined.class::isInstance).hasSize(1);
    }

    @Test
    void a_change_names_the_version_it_changes_and_keeps_the_reserved_units() {
        // given
        give(li, 1000);
        define(digital("coffee", 300).withStock(5L));
        redeem(li, "coffee", 2);

        // when
        RewardItem changed = define(digital("coffee", 250).withStock(8L).changing(1));

        // then
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.pointsPrice()).isEqualTo(250);
        StockedReward stocked = mall.catalogue(tenant, PROGRAMME).get(0);
        assertThat(stocked.reserved()).isEqualTo(2);
        assertThat(stocked.left()).isEqualTo(6L);
        assertThat(redeem(li, "coffee", 1).points()).as("the new price applies").isEqualTo(250);
    }

    @Test
    void a_change_from_a_stale_version_is_refused_and_changes_nothing() {
        // given
        define(digital("coffee", 300));
        RewardItem current = define(digital("coffee", 280).changing(1));

        // when / then
        assertThatThrownBy(() -> define(digital("coffee", 260).changing(1))).isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("coffee");
        assertThatThrownBy(() -> define(digital("coffee", 260))).as("a second creation").isInstanceOf(StaleVersionException.class);
        assertThat(mall.item(tenant, PROGRAMME, "coffee")).contains(current);
    }

    @Test
    void changing_an_item_that_was_never_defined_is_not_found() {
        assertThatThrownBy(() -> define(digital("ghost", 300).changing(1))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("ghost");
        assertThat(mall.catalogue(tenant, PROGRAMME)).isEmpty();
    }

    @Test
    void stock_lowered_below_the_reserved_units_leaves_none_to_redeem() {
        // given
        give(li, 1000);
        define(digital("coffee", 100).withStock(5L));
        redeem(li, "coffee", 3);

        // when
        define(digital("coffee", 100).withStock(2L).changing(1));

        // then
        StockedReward stocked = mall.catalogue(tenant, PROGRAMME).get(0);
        assertThat(stocked.reserved()).isEqualTo(3);
        assertThat(stocked.left()).isZero();
        assertThat(mall.redeemableNow(tenant, li, PROGRAMME)).isEmpty();
    }

    @Test
    void an_item_of_an_unknown_programme_is_refused() {
        assertThatThrownBy(() -> define(new DefineReward(tenant, org.crmkit.shared.ProgrammeId.of("elsewhere"), "coffee", "Coffee", 100, null,
                null, null, Set.of(), null, null, org.crmkit.offer.mall.Fulfilment.DIGITAL_CODE, 0))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("elsewhere");
    }
}
