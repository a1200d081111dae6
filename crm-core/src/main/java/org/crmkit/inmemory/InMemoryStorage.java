package org.crmkit.inmemory;

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
import org.crmkit.spi.CrmStorage;
import org.crmkit.tier.Memberships;
import org.crmkit.value.history.Purchases;
import org.crmkit.value.scoring.CustomerValues;

/**
 * A storage that keeps everything in memory. Thread-safe: each unit of work holds one lock for
 * its duration, so units of work are serialisable; a failed unit is undone entry by entry. Data is
 * lost when the object is garbage collected.
 *
 * @since 0.1
 */
public final class InMemoryStorage implements CrmStorage {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository(transactions);
    private final InMemoryInteractionLog interactions = new InMemoryInteractionLog(transactions);
    private final InMemoryTimeline timeline = new InMemoryTimeline(transactions);
    private final InMemoryOutbox outbox = new InMemoryOutbox(transactions);
    private final InMemoryProgrammes programmes = new InMemoryProgrammes(transactions);
    private final InMemoryPointsLedger ledger = new InMemoryPointsLedger(transactions);
    private final InMemoryCases cases = new InMemoryCases(transactions);
    private final InMemoryCasePolicies casePolicies = new InMemoryCasePolicies(transactions);
    private final InMemorySurveys surveys = new InMemorySurveys(transactions);
    private final InMemoryMemberships memberships = new InMemoryMemberships(transactions, ledger);
    private final InMemoryPurchases purchases = new InMemoryPurchases(transactions);
    private final InMemoryCustomerValues customerValues = new InMemoryCustomerValues(transactions);
    private final InMemoryCheckouts checkouts = new InMemoryCheckouts(transactions);
    private final InMemoryCoupons coupons = new InMemoryCoupons(transactions);
    private final InMemoryPointsMall pointsMall = new InMemoryPointsMall(transactions);
    private final InMemoryStoredValueCards storedValueCards = new InMemoryStoredValueCards(transactions);
    private final InMemoryChurnReasons churnReasons = new InMemoryChurnReasons(transactions);
    private final InMemoryReviews reviews = new InMemoryReviews(transactions);
    private final InMemorySurveyBook surveyBook = new InMemorySurveyBook(transactions);
    private final InMemoryLeads leads = new InMemoryLeads(transactions);
    private final InMemoryOpportunities opportunities = new InMemoryOpportunities(transactions);
    private final InMemoryFollowUpTasks followUpTasks = new InMemoryFollowUpTasks(transactions);
    private final InMemoryBusinessAccounts businessAccounts = new InMemoryBusinessAccounts(transactions);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(transactions);
    private final InMemoryJourneys journeys = new InMemoryJourneys(transactions);

    /** Creates an empty storage. */
    public InMemoryStorage() {}

    @Override
    public TransactionRunner transactions() {
        return transactions;
    }

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public InteractionLog interactions() {
        return interactions;
    }

    @Override
    public Timeline timeline() {
        return timeline;
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }

    @Override
    public ProgrammeRepository programmes() {
        return programmes;
    }

    @Override
    public PointsLedger pointsLedger() {
        return ledger;
    }

    @Override
    public Memberships memberships() {
        return memberships;
    }

    @Override
    public Cases cases() {
        return cases;
    }

    @Override
    public CasePolicies casePolicies() {
        return casePolicies;
    }

    @Override
    public Surveys surveys() {
        return surveys;
    }

    public Purchases purchases() {
        return purchases;
    }

    @Override
    public CustomerValues customerValues() {
        return customerValues;
    }

    @Override
    public Checkouts checkouts() {
        return checkouts;
    }

    @Override
    public Coupons coupons() {
        return coupons;
    }

    @Override
    public PointsMall pointsMall() {
        return pointsMall;
    }

    @Override
    public StoredValueCards storedValueCards() {
        return storedValueCards;
    }

    @Override
    public ChurnReasons churnReasons() {
        return churnReasons;
    }

    @Override
    public Reviews reviews() {
        return reviews;
    }

    @Override
    public SurveyBook surveyBook() {
        return surveyBook;
    }

    @Override
    public Leads leads() {
        return leads;
    }

    @Override
    public Opportunities opportunities() {
        return opportunities;
    }

    @Override
    public FollowUpTasks followUpTasks() {
        return followUpTasks;
    }

    @Override
    public BusinessAccounts businessAccounts() {
        return businessAccounts;
    }

    @Override
    public org.crmkit.marketing.campaign.Campaigns campaigns() {
        return campaigns;
    }

    @Override
    public org.crmkit.marketing.journey.Journeys journeys() {
        return journeys;
    }
}
