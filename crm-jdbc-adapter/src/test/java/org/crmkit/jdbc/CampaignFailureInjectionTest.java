package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.crmkit.Crm;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.marketing.campaign.CampaignOffer;
import org.crmkit.marketing.campaign.CampaignService;
import org.crmkit.marketing.campaign.LaunchCampaign;
import org.crmkit.marketing.campaign.SendCampaign;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.Money;
import org.crmkit.shared.StorageException;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RecordingChannel;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failure injection for campaigns: a {@link LedgerFailingDataSource} under the storage makes the Nth
 * statement (or the commit) of a launch or a send (with a coupon offer, to three customers, one
 * without consent) fail, for N = 1, 2, ... through every call. A launch and a send are several units
 * of work, so a failure leaves the tenant either as before or with the units before it committed; a
 * retry must then leave it exactly as an undisturbed run does, and a second retry must change
 * nothing. The channel may be called again for a message whose unit rolled back, always under the
 * same key, and never for a customer the undisturbed run does not send to.
 */
class CampaignFailureInjectionTest {

    /** What runs under injection, after the given state is set up without it. */
    enum Scenario {
        LAUNCH(false, s -> s.campaigns.launch(s.launch())),
        SEND(true, s -> s.campaigns.send(new SendCampaign(s.tenant, "spring", 0, 1)));

        final boolean launchedFirst;
        final Consumer<Stage> when;

        Scenario(boolean launchedFirst, Consumer<Stage> when) {
            this.launchedFirst = launchedFirst;
            this.when = when;
        }
    }

    /** A fresh tenant with Li and Han (SMS consent), Mei (none), a coupon template, and the campaign launched if the scenario says so. */
    static final class Stage {
        final TenantId tenant = Tenants.fresh();
        final RecordingChannel channel = new RecordingChannel();
        final CampaignService campaigns;

        Stage(JdbcStorage storage, Scenario scenario) {
            Crm crm = Crm.builder().storage(storage).clock(MutableClock.atSomeMoment()).messageChannel(channel).build();
            this.campaigns = crm.campaigns();
            for (String name : List.of("li", "han", "mei")) {
                crm.customers().register(RegistrationBuilder.aRegistration(tenant).id(name).displayName(name).build());
                if (!name.equals("mei")) {
                    crm.customers().recordConsent(new RecordConsent(tenant, org.crmkit.shared.CustomerId.of(name), MarketingChannel.SMS, true));
                }
            }
            crm.coupons().defineTemplate(CouponTemplate.amountOff(tenant, "spring-20", "spring", Money.of("100.00", "CNY"),
                    Money.of("20.00", "CNY")));
            if (scenario.launchedFirst) {
                campaigns.launch(launch());
            }
        }

        LaunchCampaign launch() {
            return LaunchCampaign.of(tenant, "spring", "Spring sale", Segment.of("everyone", Criteria.everyone()), "sms-test", "20 off",
                    CampaignOffer.coupon("spring-20"), BigDecimal.ZERO, 7L, 7);
        }
    }

    private record Database(HikariDataSource pool, LedgerFailingDataSource failing, JdbcStorage storage) {}

    private static final Map<FailureStack, Database> DATABASES = new EnumMap<>(FailureStack.class);
    private static final List<String> TABLES = List.of("crm_campaign", "crm_campaign_member", "crm_coupon", "crm_counter");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d[ T][0-9:.+]*");

    static Stream<Arguments> scenariosOnEachDatabase() {
        List<Arguments> cases = new ArrayList<>();
        for (FailureStack stack : FailureStack.values()) {
            for (Scenario scenario : Scenario.values()) {
                cases.add(Arguments.of(stack, scenario));
            }
        }
        return cases.stream();
    }

    @AfterAll
    static void closePools() {
        DATABASES.values().forEach(d -> d.pool().close());
        DATABASES.clear();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenariosOnEachDatabase")
    void a_failure_at_any_statement_is_finished_by_a_retry_exactly_once(FailureStack stack, Scenario scenario) {
        // given: how an undisturbed run leaves the tenant, and how many calls it makes
        Database db = database(stack);
        Stage control = stage(db, scenario);
        db.failing().count();
        scenario.when.accept(control);
        int calls = db.failing().calls();
        List<String> applied = normalised(db.pool(), control.tenant);
        assertThat(calls).as("calls of an undisturbed %s", scenario).isGreaterThan(5);

        for (int n = 1; n <= calls + 1; n++) {
            Stage stage = stage(db, scenario);
            List<String> before = normalised(db.pool(), stage.tenant);

            // when
            if (n <= calls) {
                db.failing().failBefore(n);
            } else {
                db.failing().failAfter(calls);
            }
            Throwable failure = catchThrowable(() -> scenario.when.accept(stage));
            db.failing().count();

            // then
            String at = scenario + (n <= calls ? " failing before call " + n + " of " + calls : " losing the answer to its last call");
            assertThat(failure).as(at).isInstanceOf(StorageException.class);
            if (n == 1) {
                assertThat(normalised(db.pool(), stage.tenant)).as("untouched after " + at).isEqualTo(before);
            }
            scenario.when.accept(stage);
            assertThat(normalised(db.pool(), stage.tenant)).as("applied once by the retry after " + at).isEqualTo(applied);
            assertThat(stage.channel.keys).as("messages after " + at).isSubsetOf(control.channel.keys);
            List<String> after = normalised(db.pool(), stage.tenant);
            scenario.when.accept(stage);
            assertThat(normalised(db.pool(), stage.tenant)).as("unchanged by a second retry after " + at).isEqualTo(after);
        }
        System.out.println("failure injection on " + stack + ": campaign " + scenario + " failed at each of its " + calls + " calls");
    }

    private static Stage stage(Database db, Scenario scenario) {
        db.failing().count();
        return new Stage(db.storage(), scenario);
    }

    /** The tenant's campaign, audience, coupons, counters and outbox events, with the tenant, ids, coupon hashes and times replaced. */
    private static List<String> normalised(DataSource database, TenantId tenant) {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            for (String table : TABLES) {
                CouponFailureInjectionTest.read(c, table, "SELECT * FROM " + table + " WHERE tenant_id = ?", tenant, rows);
            }
            CouponFailureInjectionTest.read(c, "crm_outbox", "SELECT event_type, aggregate_id, payload FROM crm_outbox WHERE tenant_id = ?", tenant, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the campaigns of " + tenant, e);
        }
        List<String> normal = new ArrayList<>();
        for (String row : rows) {
            String text = UUID.matcher(row.replace(tenant.value(), "T").replaceAll(" shard_hash=[^ ]*", "")).replaceAll("<id>");
            normal.add(TIME.matcher(text).replaceAll("<time>"));
        }
        normal.sort(null);
        return normal;
    }

    private static synchronized Database database(FailureStack stack) {
        return DATABASES.computeIfAbsent(stack, st -> {
            FailureStack.Opened opened = st.open();
            return new Database(opened.pool(), opened.failing(), opened.storage());
        });
    }
}
