package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crmkit.Crm;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.marketing.campaign.CampaignOffer;
import org.crmkit.marketing.campaign.LaunchCampaign;
import org.crmkit.marketing.campaign.SendCampaign;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.Validity;
import org.crmkit.sales.ScheduleTask;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TenantPlacement;
import org.crmkit.shared.TenantSharding;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.RecordingChannel;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.AssessmentListener;
import org.crmkit.tier.AssessmentReport;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.scoring.ScoreCustomers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Batch jobs aligned with the distribution: {@code placeTenants} names the worker holding each
 * tenant's rows, {@link TenantSharding} gives two job shards one worker each, and every page that
 * a job shard's jobs (points settlement, SLA check, card expiry, coupon settlement, sales reminders,
 * tier assessment of the day and of a date, segment walk, purchase walk, scoring, a campaign
 * launched and sent) read or write, run tenant by tenant, is a router query to its own worker:
 * each statement is EXPLAINed on the cluster with the parameters it ran with. Each tenant has a
 * card, a coupon, a task reminder and members' assessments due when the jobs run, so their
 * writes are planned too. Runs only with {@code -Pcitus}.
 */
@EnabledIfSystemProperty(named = TestDatabases.CITUS_URL, matches = ".+")
class CitusJobShardTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The shops are opened now; their jobs run on the first of a later month, when their cards, coupons, reminders and assessments are due. */
    private static final MutableClock CLOCK = MutableClock.at(Instant.now());

    private static HikariDataSource pool;
    private static LedgerFailingDataSource recorder;
    private static JdbcStorage storage;
    private static Crm crm;
    private static List<TenantId> shops;
    private static List<String> workers;

    @BeforeAll
    static void shopsOnEveryWorker() throws SQLException {
        pool = TestDatabases.pool(System.getProperty(TestDatabases.CITUS_URL), 4);
        recorder = new LedgerFailingDataSource(pool);
        storage = JdbcStorage.create(recorder);
        crm = Crm.builder().storage(storage).clock(CLOCK).messageChannel(new RecordingChannel()).build();
        workers = workers();
        shops = new ArrayList<>();
        Map<String, Integer> perWorker = new java.util.HashMap<>();
        // fresh tenants until each worker holds two: a tenant's worker is a hash of its id
        while (workers.stream().anyMatch(w -> perWorker.getOrDefault(w, 0) < 2) && shops.size() < 200) {
            TenantId shop = openShop();
            shops.add(shop);
            perWorker.merge(storage.placeTenants(List.of(shop)).get(0).node(), 1, Integer::sum);
        }
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @Test
    void a_tenants_placement_names_the_worker_that_citus_routes_its_rows_to() throws SQLException {
        // when
        List<TenantPlacement> placements = storage.placeTenants(shops);

        // then: the worker a query on the tenant's customers runs on, by Citus's own plan
        assertThat(placements).extracting(TenantPlacement::tenantId).containsExactlyElementsOf(shops);
        assertThat(placements).extracting(TenantPlacement::node).containsOnlyElementsOf(workers).containsAll(workers);
        for (TenantPlacement placement : placements) {
            String plan = CitusPlans.plan(pool, new LedgerFailingDataSource.Executed(
                    "SELECT customer_id FROM crm_customer WHERE tenant_id = ?", Map.of(1, placement.tenantId().value())));
            assertThat(CitusPlans.nodes(plan)).as(plan).containsExactly(placement.node());
        }
    }

    @Test
    void two_job_shards_take_one_worker_each_and_every_page_of_their_jobs_is_a_router_query_there() throws SQLException {
        // given
        List<TenantPlacement> placements = storage.placeTenants(shops);
        List<Set<String>> workersOfJob = new ArrayList<>();
        List<TenantId> taken = new ArrayList<>();
        CLOCK.set(LocalDate.now(SHANGHAI).plusMonths(2).withDayOfMonth(1).atTime(10, 0).atZone(SHANGHAI).toInstant());

        for (int job = 0; job < 2; job++) {
            List<TenantId> mine = TenantSharding.tenantsOf(placements, job, 2);
            taken.addAll(mine);
            recorder.count();

            // when: the job shard runs each batch job for each of its tenants
            for (TenantId shop : mine) {
                runEveryBatchJob(shop);
            }

            // then: one task per statement, on this job shard's worker
            Set<String> read = new TreeSet<>();
            int planned = 0;
            for (LedgerFailingDataSource.Executed statement : CitusPlans.ofCrmkitTables(recorder.executed())) {
                String plan = CitusPlans.plan(pool, statement);
                assertThat(plan).as("job shard %s: %s%n%s", job, statement.sql(), plan).contains("Custom Scan (Citus")
                        .doesNotContain("Distributed Subplan");
                assertThat(CitusPlans.tasks(plan)).as("job shard %s: %s%n%s", job, statement.sql(), plan).isNotEmpty().allMatch(n -> n == 1);
                read.addAll(CitusPlans.nodes(plan));
                planned++;
            }
            System.out.printf("job shard %d of 2: %d tenants, %d statements, each a router query, on %s%n", job, mine.size(), planned, read);
            assertThat(planned).isGreaterThan(10 * mine.size());
            assertThat(read).as("workers read by job shard %s", job).hasSize(1);
            workersOfJob.add(read);
        }
        assertThat(workersOfJob.get(0)).doesNotContainAnyElementsOf(workersOfJob.get(1));
        assertThat(taken).containsExactlyInAnyOrderElementsOf(shops);
    }

    @Test
    void the_sweep_over_every_tenant_asks_every_worker_for_each_page() throws SQLException {
        // given: the check above must be able to see a page that is not a router query
        recorder.count();

        // when
        crm.loyalty().settleDue(0, 1);

        // then
        List<LedgerFailingDataSource.Executed> pages = CitusPlans.ofCrmkitTables(recorder.executed()).stream()
                .filter(e -> e.sql().contains("next_due_at <=")).toList();
        assertThat(pages).isNotEmpty();
        assertThat(CitusPlans.tasks(CitusPlans.plan(pool, pages.get(0)))).allMatch(n -> n > 1);
    }

    /**
     * The batch jobs crmkit has for one tenant, each over the whole tenant (shard 0 of 1), and a
     * campaign launched and sent; the sweeps find the shop's card, coupon, reminder and three
     * members' assessment due.
     */
    private static void runEveryBatchJob(TenantId shop) {
        crm.loyalty().settleDue(shop, 0, 1);
        crm.complaints().checkSlas(shop, crm.clock().instant(), 0, 1);
        assertThat(crm.storedValue().expireDue(shop, 0, 1)).as("cards expired").isOne();
        assertThat(crm.coupons().settleDue(shop, 0, 1)).as("coupons expired").isOne();
        assertThat(crm.sales().dueReminders(shop, crm.clock().instant(), 0, 1)).as("reminders sent").isOne();
        List<AssessmentReport> today = crm.tiers().assessToday(shop, 0, 1);
        assertThat(today).singleElement().satisfies(r -> assertThat(r.examined() - r.alreadyDone()).as("members assessed").isEqualTo(3));
        crm.tiers().assess(shop, ProgrammeId.DEFAULT, LocalDate.ofInstant(crm.clock().instant(), SHANGHAI), 0, 1, AssessmentListener.NONE);
        crm.segments().forEachMember(shop, Segment.of("everyone", Criteria.everyone()), 0, 1, member -> {});
        crm.value().forEachPurchase(shop, 0, 1, purchase -> {});
        crm.value().score(ScoreCustomers.of(shop));
        String campaign = "spring-" + shop.value().hashCode();
        crm.campaigns().launch(LaunchCampaign.of(shop, campaign, "Spring sale", Segment.of("everyone", Criteria.everyone()), "sms",
                "Spring sale: 20% off tea", CampaignOffer.message(), new BigDecimal("0.1"), 7L, 14));
        crm.campaigns().send(new SendCampaign(shop, campaign, 0, 1));
    }

    /**
     * A fresh tenant with the default programme, a two-tier ladder, three members who bought twice,
     * a gift card valid for a month, a coupon valid for a day and a follow-up task due tomorrow.
     */
    private static TenantId openShop() {
        TenantId shop = Tenants.fresh();
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(shop).build());
        crm.tiers().defineLadder(TierLadder.of(shop, ProgrammeId.DEFAULT, List.of(Tier.of("registered", "注册会员", 0), Tier.of("gold", "金牌会员", 1000)),
                QualifyingMetrics.growthValue(), TierPolicies.jd(), SHANGHAI));
        for (int i = 0; i < 3; i++) {
            CustomerId member = crm.customers().register(RegisterCustomer.of(shop, "Member " + i, SourceChannel.APP)).id();
            crm.customers().recordConsent(new RecordConsent(shop, member, MarketingChannel.SMS, true));
            for (int order = 0; order < 2; order++) {
                crm.commerce().recordPurchase(RecordPurchase.of(shop, member, "o-" + i + "-" + order, Money.of("120.00", "CNY"))
                        .inProgramme(ProgrammeId.DEFAULT));
            }
            if (i == 0) {
                crm.coupons().defineTemplate(CouponTemplate.amountOff(shop, "welcome", "Welcome", Money.of("0.00", "CNY"), Money.of("10.00", "CNY"))
                        .withValidity(Validity.daysAfterIssue(1)));
                crm.coupons().issue(new IssueCoupon(shop, member, "welcome", "issue-welcome"));
            }
        }
        crm.storedValue().issue(new IssueCard(shop, "issue-GC-1", "GC-1", null, Money.of("50.00", "CNY"), CardExpiry.monthsAfterIssue(1)));
        crm.sales().schedule(new ScheduleTask(shop, "task-1", "call back about the quote", "liu", null, null, null, null,
                LocalDateTime.now(CLOCK.withZone(SHANGHAI)).plusDays(1), 30));
        return shop;
    }

    /** The cluster's workers, {@code host:port}, as Citus names them in its plans. */
    private static List<String> workers() throws SQLException {
        List<String> nodes = new ArrayList<>();
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT nodename, nodeport FROM pg_dist_node WHERE noderole = 'primary' AND isactive AND shouldhaveshards AND groupid <> 0"
                        + " ORDER BY nodename, nodeport");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                nodes.add(rs.getString(1) + ":" + rs.getInt(2));
            }
        }
        return nodes;
    }
}
