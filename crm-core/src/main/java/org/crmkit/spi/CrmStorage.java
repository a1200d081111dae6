package org.crmkit.spi;

import org.crmkit.customer.ChurnReasons;
import org.crmkit.marketing.review.Reviews;
import org.crmkit.marketing.survey.SurveyBook;
import org.crmkit.complaint.CasePolicies;
import org.crmkit.complaint.Cases;
import org.crmkit.complaint.Surveys;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.customer.InteractionLog;
import org.crmkit.customer.Timeline;
import org.crmkit.loyalty.PointsLedger;
import org.crmkit.offer.Checkouts;
import org.crmkit.loyalty.ProgrammeRepository;
import org.crmkit.offer.coupon.Coupons;
import org.crmkit.offer.mall.PointsMall;
import org.crmkit.offer.card.StoredValueCards;
import org.crmkit.sales.BusinessAccounts;
import org.crmkit.sales.FollowUpTasks;
import org.crmkit.sales.Leads;
import org.crmkit.sales.Opportunities;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.tier.Memberships;
import org.crmkit.value.history.Purchases;
import org.crmkit.value.scoring.CustomerValues;

/**
 * A storage: one object that hands out every port crmkit needs, all taking part in the same
 * {@link #transactions()}. crmkit ships {@code InMemoryStorage} (core) and {@code JdbcStorage}
 * (crm-jdbc-adapter); the contract suites in crm-core's test jar check a new one.
 *
 * @since 0.1
 */
public interface CrmStorage {

    /** The unit-of-work runner that every port of this storage joins. */
    TransactionRunner transactions();

    /** Customer profiles. */
    CustomerRepository customers();

    /** Interaction timelines. */
    InteractionLog interactions();

    /** Customers' 360° timelines: what happened to each customer in every context. */
    Timeline timeline();

    /** The durable event outbox; the default event publisher. */
    EventOutbox outbox();

    /** Loyalty programmes. */
    ProgrammeRepository programmes();

    /** Points accounts, lots, holds, entries, receipts and counters. */
    PointsLedger pointsLedger();

    /** Tier ladders, memberships, metric facts and tier history. */
    Memberships memberships();

    /** Complaint and after-sales cases, their audit trails and case-number counters. */
    Cases cases();

    /** Each tenant's case policy (SLA targets, calendar, routing, escalation). */
    CasePolicies casePolicies();

    /** Customers' opinion survey answers (NPS). */
    Surveys surveys();
    /** Purchase history, refunds and per-customer totals. */
    Purchases purchases();

    /** The latest value scores of each customer. */
    CustomerValues customerValues();

    /**
     * Checkouts held for orders (the offer context's checkout quote).
     *
     * @since 0.2
     */
    Checkouts checkouts();

    /**
     * Coupon templates, issued coupons, claim codes, checkout locks and their counters.
     *
     * @since 0.2
     */
    Coupons coupons();

    /**
     * The points mall: reward catalogues, stock and per-customer counters, mall orders.
     *
     * @since 0.2
     */
    PointsMall pointsMall();

    /**
     * Stored-value cards: balances, append-only entries, payments and receipts.
     *
     * @since 0.2
     */
    StoredValueCards storedValueCards();

    /**
     * Recorded churn reasons (the customer context's churn and win-back reasons).
     *
     * @since 0.2
     */
    ChurnReasons churnReasons();

    /**
     * Reviews of bought order lines and the per-product rating counters.
     *
     * @since 0.2
     */
    Reviews reviews();

    /**
     * Marketing surveys and customers' responses to them.
     *
     * @since 0.2
     */
    SurveyBook surveyBook();

    /**
     * Sales leads.
     *
     * @since 0.2
     */
    Leads leads();

    /**
     * Sales opportunities, their stage histories and each tenant's funnel.
     *
     * @since 0.2
     */
    Opportunities opportunities();

    /**
     * Sales follow-up tasks.
     *
     * @since 0.2
     */
    FollowUpTasks followUpTasks();

    /**
     * Business accounts, their contacts and invoices.
     *
     * @since 0.2
     */
    BusinessAccounts businessAccounts();

    /**
     * Launched campaigns and their snapshotted audiences.
     *
     * @since 0.2
     */
    org.crmkit.marketing.campaign.Campaigns campaigns();

    /**
     * Triggered journeys and each time one fired.
     *
     * @since 0.2
     */
    org.crmkit.marketing.journey.Journeys journeys();

    /**
     * The unit-of-work runner for reads that may lag behind the writes: a scoring run's read of the
     * purchase history, churn reports, segment counts and walks. A storage with a read replica runs
     * each such unit there, read-only; inside a unit of work already open (a write's) it joins that
     * unit, so a write's reads stay on the primary. By default, and without a replica, it is {@link
     * #transactions()}.
     *
     * @since 0.2
     */
    default TransactionRunner laggingReads() {
        return transactions();
    }

    /**
     * Where the rows of each of {@code tenants} live, for splitting batch jobs by tenant with
     * {@link org.crmkit.shared.TenantSharding#tenantsOf}. A storage on several nodes (JdbcStorage on
     * Citus) answers each tenant's node and shard group; by default, and for one database, every
     * tenant is on node {@value org.crmkit.shared.TenantPlacement#ONE_DATABASE} with a stable hash
     * of its id as its group ({@link org.crmkit.shared.TenantPlacement#onOneDatabase}).
     *
     * @param tenants the tenants to place; a tenant without data is placed where its rows would go
     * @return one placement per distinct tenant, in the order given
     * @since 0.2
     */
    default java.util.List<org.crmkit.shared.TenantPlacement> placeTenants(java.util.Collection<org.crmkit.shared.TenantId> tenants) {
        return tenants.stream().distinct().map(org.crmkit.shared.TenantPlacement::onOneDatabase).toList();
    }
}
