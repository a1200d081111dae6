package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.testing.ProgrammeBuilder.aProgramme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.crmkit.earning.BonusEvent;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.LimitPeriod;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.ProgrammeRepository;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ProgrammeRepository}: a saved programme reads back field for field, a
 * save replaces the tenant's programme of that id, and nothing crosses tenants.
 */
public abstract class ProgrammeRepositoryPortContract extends PortContract {

    @Test
    void every_field_of_a_fully_described_programme_survives_the_round_trip() {
        // given
        LoyaltyProgramme programme = fullyDescribed(tenant, "jd.beans");

        // when
        run(() -> programmes().save(programme));

        // then
        assertThat(find(tenant, programme.id())).contains(programme);
    }

    @Test
    void a_programme_with_plain_defaults_survives_the_round_trip() {
        // given
        LoyaltyProgramme programme = aProgramme(tenant).build();

        // when
        run(() -> programmes().save(programme));

        // then
        assertThat(find(tenant, ProgrammeId.DEFAULT)).contains(programme);
    }

    @Test
    void durations_of_a_fraction_of_a_second_survive_the_round_trip() {
        // given
        LoyaltyProgramme programme = aProgramme(tenant).pendingFor(Duration.ofMillis(1_500)).holdTtl(Duration.ofMillis(500)).build();

        // when
        run(() -> programmes().save(programme));

        // then
        assertThat(find(tenant, ProgrammeId.DEFAULT)).contains(programme);
    }

    @Test
    void a_programme_never_saved_is_not_found() {
        // given
        run(() -> programmes().save(aProgramme(tenant).build()));

        // when / then
        assertThat(find(tenant, ProgrammeId.of("never-saved"))).isEmpty();
    }

    @Test
    void a_programme_is_not_found_from_another_tenant() {
        // given
        run(() -> programmes().save(aProgramme(tenant).build()));

        // when / then
        assertThat(find(Tenants.fresh(), ProgrammeId.DEFAULT)).isEmpty();
    }

    @Test
    void saving_a_programme_again_replaces_it_and_leaves_the_tenants_other_programmes_alone() {
        // given
        LoyaltyProgramme other = aProgramme(tenant).id("other").build();
        run(() -> programmes().save(aProgramme(tenant).build()));
        run(() -> programmes().save(other));
        LoyaltyProgramme replacement = fullyDescribed(tenant, ProgrammeId.DEFAULT.value());

        // when
        run(() -> programmes().save(replacement));

        // then
        assertThat(find(tenant, ProgrammeId.DEFAULT)).contains(replacement);
        assertThat(find(tenant, other.id())).contains(other);
    }

    @Test
    void the_same_programme_id_in_two_tenants_names_two_programmes() {
        // given
        TenantId neighbour = Tenants.fresh();
        LoyaltyProgramme mine = aProgramme(tenant).build();
        LoyaltyProgramme theirs = aProgramme(neighbour).pointsPerYuan("3").build();

        // when
        run(() -> programmes().save(mine));
        run(() -> programmes().save(theirs));

        // then
        assertThat(find(tenant, ProgrammeId.DEFAULT)).contains(mine);
        assertThat(find(neighbour, ProgrammeId.DEFAULT)).contains(theirs);
    }

    @Test
    void a_save_in_a_unit_of_work_that_fails_is_undone() {
        // given
        LoyaltyProgramme first = aProgramme(tenant).build();
        run(() -> programmes().save(first));

        // when
        runAndRollBack(() -> {
            programmes().save(aProgramme(tenant).pointsPerYuan("9").build());
            programmes().save(aProgramme(tenant).id("rolled-back").build());
        });

        // then
        assertThat(find(tenant, ProgrammeId.DEFAULT)).contains(first);
        assertThat(find(tenant, ProgrammeId.of("rolled-back"))).isEmpty();
    }

    /** Every field away from its default, text at its longest and in Chinese, every earning rule kind. */
    static LoyaltyProgramme fullyDescribed(TenantId tenantId, String id) {
        Instant start = Instant.parse("2024-11-11T00:00:00.123456Z");
        LoyaltyProgramme base = aProgramme(tenantId).id(id)
                .cashRate(250, "3.75")
                .rounding(RoundingMode.HALF_EVEN)
                .expiry(ExpiryPolicies.endOfMonth(11))
                .pendingFor(Duration.ofDays(7))
                .holdTtl(Duration.ofMinutes(45))
                .debtPolicy(DebtPolicy.TAKE_FROM_OTHER_LOTS)
                .redemptionLimits("0.35", 100, 10)
                .zone("America/Argentina/ComodRivadavia")
                .pointsPerYuan("1.25")
                .earning(e -> e.withCategoryMultiplier("生鲜", new BigDecimal("2.5"))
                        .withProductMultiplier("SKU-100012043978", new BigDecimal("0"))
                        .withTierMultiplier("DIAMOND", new BigDecimal("1.75"))
                        .withCaps(5_000L, Long.MAX_VALUE))
                .campaign(Campaign.of("double-11", new BigDecimal("2"), start, start.plus(Duration.ofDays(1))))
                .campaign(Campaign.of("618", new BigDecimal("1.5"), start, start.plus(Duration.ofHours(3)))
                        .withBudget(1_000_000).withPerCustomerLimit(800, LimitPeriod.WEEK))
                .bonus(BonusEvent.SIGN_UP, 100)
                .bonus(BonusEvent.BIRTHDAY, Long.MAX_VALUE)
                .build();
        return new LoyaltyProgramme(base.tenantId(), base.id(), "京豆".repeat(32), base.cashRate(), base.rounding(), base.expiry(),
                base.pendingPeriod(), base.holdTtl(), base.debtPolicy(), base.redemptionLimits(), base.zone(), base.earning());
    }

    private ProgrammeRepository programmes() {
        return storage().programmes();
    }

    private Optional<LoyaltyProgramme> find(TenantId tenantId, ProgrammeId id) {
        return tx(() -> programmes().find(tenantId, id));
    }
}
