package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.offer.CheckoutQuote;
import org.crmkit.offer.Checkouts;
import org.crmkit.offer.StoredCheckout;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;

/** Checkouts in {@code crm_checkout}, the quote as JSON beside the columns that find and guard it. */
final class JdbcCheckouts implements Checkouts {

    private static final String COLUMNS = "hold_key, fingerprint, close_key, version, quote";
    private static final String INSERT = "INSERT INTO crm_checkout (tenant_id, order_ref, customer_id, hold_key, fingerprint,"
            + " close_key, status, expires_at, quoted_at, version, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE crm_checkout SET close_key = ?, status = ?, version = ?, quote = ?"
            + " WHERE tenant_id = ? AND order_ref = ? AND version = ?";

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcCheckouts(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public boolean insert(StoredCheckout checkout) {
        return transactions.withConnection(c -> dialect.insertIfAbsent(c, INSERT, insertValues(checkout)));
    }

    @Override
    public void add(StoredCheckout checkout) {
        String skipping = dialect.insertSkippingTaken(INSERT);
        if (skipping == null) {
            Checkouts.super.add(checkout); // H2 tells a taken order by the failed insert it catches
            return;
        }
        // a taken order is told by the row the insert did not add, checked with the unit's next round trip
        transactions.writeOneRowWithNext(skipping, insertValues(checkout), () -> new DuplicateKeyException("checkout", "orderReference"));
    }

    /** The parameters of {@link #INSERT}. */
    private static Object[] insertValues(StoredCheckout checkout) {
        CheckoutQuote quote = checkout.quote();
        return new Object[] {quote.tenantId().value(), checkout.orderReference(), quote.customerId().value(), checkout.holdKey(),
                checkout.fingerprint(), Sql.text(checkout.closeKey()), quote.status().name(), Sql.timestamp(quote.expiresAt()),
                quote.quotedAt(), checkout.version(), Json.write(quote)};
    }

    @Override
    public Optional<StoredCheckout> find(TenantId tenantId, String orderReference) {
        return select("SELECT " + COLUMNS + " FROM crm_checkout WHERE tenant_id = ? AND order_ref = ?", tenantId.value(), orderReference)
                .stream().findFirst();
    }

    @Override
    public boolean update(StoredCheckout checkout, long expectedVersion) {
        return transactions.withConnection(c -> Sql.update(c, UPDATE, updateValues(checkout, expectedVersion))) == 1;
    }

    @Override
    public void replace(StoredCheckout checkout, long expectedVersion) {
        // its version check goes with the unit's next round trip on PostgreSQL
        transactions.writeOneRowWithNext(UPDATE, updateValues(checkout, expectedVersion),
                () -> new StaleVersionException("checkout", checkout.orderReference(), expectedVersion));
    }

    /** The parameters of {@link #UPDATE}. */
    private static Object[] updateValues(StoredCheckout checkout, long expectedVersion) {
        CheckoutQuote quote = checkout.quote();
        return new Object[] {Sql.text(checkout.closeKey()), quote.status().name(), checkout.version(), Json.write(quote),
                quote.tenantId().value(), checkout.orderReference(), expectedVersion};
    }

    @Override
    public List<StoredCheckout> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return select("SELECT " + COLUMNS + " FROM crm_checkout WHERE tenant_id = ? AND customer_id = ? ORDER BY quoted_at, order_ref",
                tenantId.value(), customerId.value());
    }

    private List<StoredCheckout> select(String sql, Object... params) {
        return transactions.withConnection(c -> {
            List<StoredCheckout> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs));
                }
            }
            return found;
        });
    }

    private static StoredCheckout read(ResultSet rs) throws SQLException {
        return new StoredCheckout(Json.read(rs.getString("quote"), CheckoutQuote.class), rs.getString("hold_key"), rs.getString("fingerprint"),
                rs.getString("close_key"), rs.getLong("version"));
    }
}
