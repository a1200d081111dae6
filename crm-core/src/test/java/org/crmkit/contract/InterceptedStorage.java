package org.crmkit.contract;

import org.crmkit.customer.ChurnReasons;
import org.crmkit.marketing.review.Reviews;
import org.crmkit.marketing.survey.SurveyBook;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crmkit.complaint.CasePolicies;
import org.crmkit.complaint.Cases;
import org.crmkit.complaint.Surveys;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.customer.InteractionLog;
import org.crmkit.customer.Timeline;
import org.crmkit.loyalty.AccountRef;
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
import org.crmkit.value.scoring.CustomerValues;
import org.crmkit.value.history.Purchases;

/**
 * A storage whose points ledger or cases port goes through an {@link Interception} first, to make
 * it fail or to do something at a given moment of an operation; every other port is the storage's
 * own.
 */
final class InterceptedStorage implements CrmStorage {

    /** What a call of the port does instead of going straight to the real one. */
    @FunctionalInterface
    interface Interception<P> {
        Object call(P real, Method method, Object[] args) throws Throwable;
    }

    private final CrmStorage storage;
    private final PointsLedger ledger;
    private final Cases cases;

    private InterceptedStorage(CrmStorage storage, PointsLedger ledger, Cases cases) {
        this.storage = storage;
        this.ledger = ledger;
        this.cases = cases;
    }

    /** The storage with its ledger's calls going through {@code interception}. */
    static InterceptedStorage ledger(CrmStorage storage, Interception<PointsLedger> interception) {
        return new InterceptedStorage(storage, proxy(PointsLedger.class, storage.pointsLedger(), interception), storage.cases());
    }

    /** The storage with its cases port's calls going through {@code interception}. */
    static InterceptedStorage cases(CrmStorage storage, Interception<Cases> interception) {
        return new InterceptedStorage(storage, storage.pointsLedger(), proxy(Cases.class, storage.cases(), interception));
    }

    private static <P> P proxy(Class<P> port, P real, Interception<P> interception) {
        InvocationHandler handler = (proxy, method, args) -> interception.call(real, method, args == null ? new Object[0] : args);
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    /** Calls {@code method} on the real port, throwing what it throws. */
    static Object forward(Object real, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A storage whose ledger cannot give {@code failing}'s open lots: a page reads none for it, and settling it alone fails. */
    static InterceptedStorage failingToReadLotsOf(CrmStorage storage, AccountRef failing) {
        return ledger(storage, (real, method, args) -> {
            if (method.getName().equals("openLots") && failing.equals(args[0])) {
                throw new IllegalStateException(INJECTED);
            }
            Object result = forward(real, method, args);
            if (method.getName().equals("openLotsOf")) {
                Map<?, ?> lots = new LinkedHashMap<>((Map<?, ?>) result);
                lots.remove(failing);
                return lots;
            }
            return result;
        });
    }

    static final String INJECTED = "injected: the lots of this account cannot be read";

    @Override
    public TransactionRunner transactions() {
        return storage.transactions();
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
        return ledger;
    }

    @Override
    public Memberships memberships() {
        return storage.memberships();
    }

    @Override
    public Cases cases() {
        return cases;
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
}
