package org.crmkit.contract;

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
import org.crmkit.loyalty.ProgrammeRepository;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.spi.CrmStorage;
import org.crmkit.tier.Memberships;
import org.crmkit.value.scoring.CustomerValues;
import org.crmkit.value.history.Purchases;

/**
 * A storage whose points ledger goes through an {@link Interception} first, to make a ledger fail
 * or to do something at a given moment of an operation; every other port is the storage's own.
 */
final class InterceptedLedgerStorage implements CrmStorage {

    /** What a call of the ledger does instead of going straight to the real one. */
    @FunctionalInterface
    interface Interception {
        Object call(PointsLedger real, Method method, Object[] args) throws Throwable;
    }

    private final CrmStorage storage;
    private final PointsLedger ledger;

    InterceptedLedgerStorage(CrmStorage storage, Interception interception) {
        this.storage = storage;
        PointsLedger real = storage.pointsLedger();
        InvocationHandler handler = (proxy, method, args) -> interception.call(real, method, args == null ? new Object[0] : args);
        this.ledger = (PointsLedger) Proxy.newProxyInstance(PointsLedger.class.getClassLoader(), new Class<?>[] {PointsLedger.class}, handler);
    }

    /** Calls {@code method} on the real ledger, throwing what it throws. */
    static Object forward(PointsLedger real, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A storage whose ledger cannot give {@code failing}'s open lots: a page reads none for it, and settling it alone fails. */
    static InterceptedLedgerStorage failingToReadLotsOf(CrmStorage storage, AccountRef failing) {
        return new InterceptedLedgerStorage(storage, (real, method, args) -> {
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
}
