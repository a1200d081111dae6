package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.marketing.journey.FiringOutcome;
import org.crmkit.marketing.journey.Journey;
import org.crmkit.marketing.journey.JourneyFiring;
import org.crmkit.marketing.journey.Journeys;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.TenantId;

/** Journeys in {@code crm_journey} (the definition as JSON) and their firings in {@code crm_journey_firing}. */
final class JdbcJourneys implements Journeys {

    private static final String FIRING_COLUMNS = "tenant_id, journey_id, customer_id, window_key, fired_at, outcome, explanation, reason";

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcJourneys(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public void save(Journey journey) {
        transactions.withConnection(c -> Sql.update(c, dialect.upsert("crm_journey", "tenant_id, journey_id, definition", "tenant_id, journey_id", 1,
                "definition"), journey.tenantId().value(), journey.journeyId(), Json.write(journey)));
    }

    @Override
    public Optional<Journey> find(TenantId tenantId, String journeyId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT definition FROM crm_journey WHERE tenant_id = ? AND journey_id = ?",
                    tenantId.value(), journeyId); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Json.read(rs.getString(1), Journey.class)) : Optional.empty();
            }
        });
    }

    @Override
    public void lock(TenantId tenantId, String journeyId) {
        Dialect.LockingRead read = dialect.lockingRead("SELECT journey_id FROM crm_journey WHERE tenant_id = ? AND journey_id = ?",
                "UPDATE crm_journey SET journey_id = journey_id WHERE tenant_id = ? AND journey_id = ?");
        transactions.withConnection(c -> {
            try (PreparedStatement s = read.prepare(c, tenantId.value(), journeyId); ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public Set<CustomerId> fired(TenantId tenantId, String journeyId, String window, Collection<CustomerId> customers) {
        if (customers.isEmpty()) {
            return Set.of();
        }
        List<String> ids = customers.stream().map(CustomerId::value).distinct().toList();
        Set<String> wanted = new HashSet<>(ids);
        List<Object> params = new ArrayList<>(List.of(tenantId.value(), journeyId, window));
        params.addAll(IdList.rangeParams(dialect, ids));
        return transactions.withConnection(c -> {
            Set<CustomerId> found = new HashSet<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT customer_id FROM crm_journey_firing WHERE tenant_id = ? AND journey_id = ?"
                    + " AND window_key = ? AND " + IdList.rangeCondition(dialect, "customer_id", ids.size()), params.toArray());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (wanted.contains(rs.getString(1))) {
                        found.add(CustomerId.of(rs.getString(1)));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public void insert(List<JourneyFiring> firings) {
        if (firings.isEmpty()) {
            return;
        }
        transactions.withConnection(c -> {
            List<Object[]> rows = new ArrayList<>(firings.size());
            for (JourneyFiring f : firings) {
                rows.add(new Object[] {f.tenantId().value(), f.journeyId(), f.customerId().value(), f.window(), f.firedAt(), f.outcome(),
                    f.explanation(), Sql.text(f.reason())});
            }
            try {
                Sql.batch(c, Sql.insert("crm_journey_firing", FIRING_COLUMNS, 1), rows);
            } catch (SQLException e) {
                if (Dialect.isUniqueViolation(e)) {
                    throw new DuplicateKeyException("journey firing", "journey, customer and window");
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public List<JourneyFiring> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return transactions.withConnection(c -> {
            List<JourneyFiring> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + FIRING_COLUMNS + " FROM crm_journey_firing WHERE tenant_id = ?"
                    + " AND customer_id = ? ORDER BY journey_id, window_key", tenantId.value(), customerId.value()); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new JourneyFiring(tenantId, rs.getString("journey_id"), customerId, rs.getString("window_key"),
                            Sql.instant(rs, "fired_at"), Sql.enumValue(rs, "outcome", FiringOutcome.class), rs.getString("explanation"),
                            rs.getString("reason")));
                }
            }
            return found;
        });
    }

    @Override
    public void replaceReasons(TenantId tenantId, CustomerId customerId, String replacement) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_journey_firing SET reason = ? WHERE tenant_id = ? AND customer_id = ?"
                + " AND reason IS NOT NULL", replacement, tenantId.value(), customerId.value()));
    }
}
