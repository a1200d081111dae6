package org.crmkit;

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
import org.crmkit.shared.OperationObserver;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.spi.CrmStorage;
import org.crmkit.tier.Memberships;
import org.crmkit.value.history.Purchases;
import org.crmkit.value.scoring.CustomerValues;

/**
 * A storage whose unit-of-work runner tells an {@link OperationObserver} about each operation;
 * every port is the storage's own. Wrapping the storage, not each service, keeps the services
 * unaware of observation and costs nothing when no observer is given.
 */
final class ObservedStorage implements CrmStorage {

    private final CrmStorage storage;
    private final TransactionRunner transactions;
    private final TransactionRunner laggingReads;

    ObservedStorage(CrmStorage storage, OperationObserver observer) {
        this.storage = storage;
        this.transactions = UnitOfWork.observed(storage.transactions(), observer);
        this.laggingReads = UnitOfWork.observed(storage.laggingReads(), observer);
    }

    @Override
    public TransactionRunner transactions() {
        return transactions;
    }

    @Override
    public CustomerRepository customers() {
        return storage.customers();
    }

    @Override
    public InteractionLog interactions() {
        return storage.interactions();
    }

    @Override
    public Timeline timeline() {
        return storage.timeline();
    }

    @Override
    public EventOutbox outbox() {
        return storage.outbox();
    }

    @Override
    public ProgrammeRepository programmes() {
        return storage.programmes();
    }

    @Override
    public PointsLedger pointsLedger() {
        return storage.pointsLedger();
    }

    @Override
    public Memberships memberships() {
        return storage.memberships();
    }

    @Override
    public Cases cases() {
        return storage.cases();
    }

    @Override
    public CasePolicies casePolicies() {
        return storage.casePolicies();
    }

    @Override
    public Surveys surveys() {
        return storage.surveys();
    }

    @Override
    public Purchases purchases() {
        return storage.purchases();
    }

    @Override
    public CustomerValues customerValues() {
        return storage.customerValues();
    }

    @Override
    public Checkouts checkouts() {
        return storage.checkouts();
    }

    @Override
    public Coupons coupons() {
        return storage.coupons();
    }

    @Override
    public PointsMall pointsMall() {
        return storage.pointsMall();
    }

    @Override
    public StoredValueCards storedValueCards() {
        return storage.storedValueCards();
    }

    @Override
    public ChurnReasons churnReasons() {
        return storage.churnReasons();
    }

    @Override
    public Reviews reviews() {
        return storage.reviews();
    }

    @Override
    public SurveyBook surveyBook() {
        return storage.surveyBook();
    }

    @Override
    public Leads leads() {
        return storage.leads();
    }

    @Override
    public Opportunities opportunities() {
        return storage.opportunities();
    }

    @Override
    public FollowUpTasks followUpTasks() {
        return storage.followUpTasks();
    }

    @Override
    public BusinessAccounts businessAccounts() {
        return storage.businessAccounts();
    }

    @Override
    public org.crmkit.marketing.campaign.Campaigns campaigns() {
        return storage.campaigns();
    }

    @Override
    public org.crmkit.marketing.journey.Journeys journeys() {
        return storage.journeys();
    }

    @Override
    public TransactionRunner laggingReads() {
        return laggingReads;
    }

    @Override
    public java.util.List<org.crmkit.shared.TenantPlacement> placeTenants(java.util.Collection<org.crmkit.shared.TenantId> tenants) {
        return storage.placeTenants(tenants);
    }
}
