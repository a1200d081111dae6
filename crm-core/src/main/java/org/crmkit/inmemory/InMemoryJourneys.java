package org.crmkit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.marketing.journey.Journey;
import org.crmkit.marketing.journey.JourneyFiring;
import org.crmkit.marketing.journey.Journeys;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.TenantId;

/** Journeys and their firings in maps; the unit-of-work lock serialises every change. */
final class InMemoryJourneys implements Journeys {

    private record Key(TenantId tenantId, String journeyId) {}

    private record FiringKey(TenantId tenantId, String journeyId, String customerId, String window) {}

    private final InMemoryTransactions transactions;
    private final Map<Key, Journey> journeys = new HashMap<>();
    private final Map<FiringKey, JourneyFiring> firings = new HashMap<>();

    InMemoryJourneys(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Journey journey) {
        transactions.run(() -> {
            Key key = new Key(journey.tenantId(), journey.journeyId());
            Journey before = journeys.put(key, journey);
            transactions.onRollback(() -> {
                if (before == null) {
                    journeys.remove(key);
                } else {
                    journeys.put(key, before);
                }
            });
        });
    }

    @Override
    public Optional<Journey> find(TenantId tenantId, String journeyId) {
        return transactions.inTransaction(() -> Optional.ofNullable(journeys.get(new Key(tenantId, journeyId))));
    }

    @Override
    public void lock(TenantId tenantId, String journeyId) {
        // the unit of work holds the store's one lock already
        transactions.run(() -> { });
    }

    @Override
    public Set<CustomerId> fired(TenantId tenantId, String journeyId, String window, Collection<CustomerId> customers) {
        return transactions.inTransaction(() -> {
            Set<CustomerId> found = new HashSet<>();
            customers.stream().filter(c -> firings.containsKey(new FiringKey(tenantId, journeyId, c.value(), window))).forEach(found::add);
            return found;
        });
    }

    @Override
    public void insert(List<JourneyFiring> added) {
        transactions.run(() -> {
            for (JourneyFiring f : added) {
                FiringKey key = new FiringKey(f.tenantId(), f.journeyId(), f.customerId().value(), f.window());
                if (firings.containsKey(key)) {
                    throw new DuplicateKeyException("journey firing", "journey, customer and window");
                }
                firings.put(key, f);
                transactions.onRollback(() -> firings.remove(key));
            }
        });
    }

    @Override
    public List<JourneyFiring> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> {
            List<JourneyFiring> found = new ArrayList<>();
            firings.values().stream().filter(f -> f.tenantId().equals(tenantId) && f.customerId().equals(customerId)).forEach(found::add);
            found.sort(Comparator.comparing(JourneyFiring::journeyId).thenComparing(JourneyFiring::window));
            return found;
        });
    }

    @Override
    public void replaceReasons(TenantId tenantId, CustomerId customerId, String replacement) {
        transactions.run(() -> {
            for (Map.Entry<FiringKey, JourneyFiring> e : firings.entrySet()) {
                JourneyFiring f = e.getValue();
                if (f.tenantId().equals(tenantId) && f.customerId().equals(customerId) && f.reason() != null) {
                    e.setValue(new JourneyFiring(f.tenantId(), f.journeyId(), f.customerId(), f.window(), f.firedAt(), f.outcome(),
                            f.explanation(), replacement));
                    transactions.onRollback(() -> firings.put(e.getKey(), f));
                }
            }
        });
    }
}
