package org.crmkit.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crmkit.customer.Consent;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.CreditStanding;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.Gender;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.LifecycleState;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.SourceChannel;
import org.crmkit.customer.StageMove;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;

/** Customers in crm_customer plus one child table each for contacts, preferences, tags and consents. */
final class JdbcCustomerRepository implements CustomerRepository {

    private static final String COLUMNS = "tenant_id, customer_id, display_name, birth_date, gender, region, city,"
            + " occupation, source_channel, credit_standing, lifecycle_stage, created_at, updated_at, version, erased_at";
    /** A page after a customer id; ordered by the whole key, so H2 reads it in index order instead of sorting the rest. */
    static final String PAGE = "SELECT " + COLUMNS + " FROM crm_customer WHERE tenant_id = ? AND customer_id > ?"
            + " ORDER BY tenant_id, customer_id LIMIT ?";

    private static final String MOVE_STAGE = "UPDATE crm_customer SET lifecycle_stage = ?, updated_at = ?, version = ?"
            + " WHERE tenant_id = ? AND customer_id = ? AND version = ?";

    private final JdbcTransactions transactions;

    private final Dialect dialect;

    JdbcCustomerRepository(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    /** What a kept lifecycle state answers ({@link JdbcTransactions#keepReadAhead}): the state of one customer of a tenant. */
    record LifecycleRead(String tenantId, String customerId) {}

    /** Reads a customer's lifecycle state in the order of {@link #LIFECYCLE_STATE}'s columns. */
    static LifecycleState lifecycleState(ResultSet rs) throws SQLException {
        return new LifecycleState(CustomerId.of(rs.getString("customer_id")), Sql.enumValue(rs, "lifecycle_stage", LifecycleStage.class),
                rs.getLong("version"), rs.getObject("erased_at") != null);
    }

    /** One customer's lifecycle state; its parameters are the tenant and customer ids. */
    static final String LIFECYCLE_STATE = "SELECT customer_id, lifecycle_stage, version, erased_at FROM crm_customer"
            + " WHERE tenant_id = ? AND customer_id = ?";

    /**
     * {@inheritDoc}
     *
     * <p>One customer's state read ahead in the unit of work (with the purchase that precedes a
     * purchase's lifecycle move, see {@link JdbcPurchases#insertWithTotals}) answers without a read.
     */
    @Override
    public Map<CustomerId, LifecycleState> lifecycleStates(TenantId tenantId, Collection<CustomerId> customerIds) {
        Map<CustomerId, LifecycleState> states = new HashMap<>();
        if (customerIds.isEmpty()) {
            return states;
        }
        if (customerIds.size() == 1) {
            CustomerId id = customerIds.iterator().next();
            if (transactions.takeReadAhead(new LifecycleRead(tenantId.value(), id.value())) instanceof LifecycleState kept) {
                states.put(id, kept);
                return states;
            }
        }
        Set<CustomerId> wanted = new HashSet<>(customerIds); // on H2 the range read also holds others' rows
        List<Object> params = new ArrayList<>(List.of(tenantId.value()));
        params.addAll(IdList.rangeParams(dialect, customerIds.stream().map(CustomerId::value).toList()));
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT customer_id, lifecycle_stage, version, erased_at FROM crm_customer"
                            + " WHERE tenant_id = ? AND " + IdList.rangeCondition(dialect, "customer_id", customerIds.size()), params.toArray());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    LifecycleState state = lifecycleState(rs);
                    if (wanted.contains(state.customerId())) {
                        states.put(state.customerId(), state);
                    }
                }
            }
            return states;
        });
    }

    @Override
    public Map<CustomerId, Boolean> consentsTo(TenantId tenantId, Collection<CustomerId> customerIds, MarketingChannel channel) {
        Map<CustomerId, Boolean> consents = new HashMap<>();
        if (customerIds.isEmpty()) {
            return consents;
        }
        Set<CustomerId> wanted = new HashSet<>(customerIds); // on H2 the range read also holds others' rows
        List<Object> params = new ArrayList<>(List.of(channel, tenantId.value()));
        params.addAll(IdList.rangeParams(dialect, customerIds.stream().map(CustomerId::value).toList()));
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT c.customer_id, k.granted FROM crm_customer c LEFT JOIN crm_customer_consent k"
                            + " ON k.tenant_id = c.tenant_id AND k.customer_id = c.customer_id AND k.channel = ? WHERE c.tenant_id = ?"
                            + " AND " + IdList.rangeCondition(dialect, "c.customer_id", customerIds.size()) + " AND c.erased_at IS NULL",
                            params.toArray());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    CustomerId id = CustomerId.of(rs.getString(1));
                    if (wanted.contains(id)) {
                        consents.put(id, rs.getBoolean(2));
                    }
                }
            }
            return consents;
        });
    }

    @Override
    public void moveStages(TenantId tenantId, List<StageMove> moves) {
        if (moves.isEmpty()) {
            return;
        }
        moves.forEach(m -> dropReadAhead(tenantId.value(), m.customerId().value()));
        if (moves.size() == 1) {
            // one customer's move (after a purchase): its version check goes with the unit's next round trip
            StageMove m = moves.get(0);
            transactions.writeOneRowWithNext(MOVE_STAGE, stageValues(tenantId, m),
                    () -> new StaleVersionException("customer", m.customerId().value(), m.fromVersion()));
            return;
        }
        transactions.withConnection(c -> {
            int[] counts = Sql.batch(c, MOVE_STAGE, moves.stream().map(m -> stageValues(tenantId, m)).toList());
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 1) {
                    throw new StaleVersionException("customer", moves.get(i).customerId().value(), moves.get(i).fromVersion());
                }
            }
            return null;
        });
    }

    private static Object[] stageValues(TenantId tenantId, StageMove m) {
        return new Object[] {m.to(), m.at(), m.fromVersion() + 1, tenantId.value(), m.customerId().value(), m.fromVersion()};
    }

    @Override
    public Optional<Customer> find(TenantId tenantId, CustomerId id) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + COLUMNS
                    + " FROM crm_customer WHERE tenant_id = ? AND customer_id = ?", tenantId.value(), id.value())) {
                List<Row> rows = readRows(s);
                return rows.isEmpty() ? Optional.<Customer>empty() : Optional.of(assemble(c, tenantId, rows).get(0));
            }
        });
    }

    /** What a kept stage answers ({@link JdbcTransactions#keptReadAhead}): the stage of one customer of a tenant. */
    private record StageRead(String tenantId, String customerId) {}

    /**
     * {@inheritDoc}
     *
     * <p>Read once in a unit of work: a stage found is kept for the unit's later reads of it (a
     * checkout checks its customer, and so does the coupon lock inside it), until the unit changes
     * the customer's row ({@link #update}, {@link #moveStages}). A customer not found is read again.
     */
    @Override
    public Optional<LifecycleStage> stage(TenantId tenantId, CustomerId id) {
        StageRead key = new StageRead(tenantId.value(), id.value());
        if (transactions.keptReadAhead(key) instanceof LifecycleStage kept) {
            return Optional.of(kept);
        }
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT lifecycle_stage FROM crm_customer WHERE tenant_id = ? AND customer_id = ?",
                    tenantId.value(), id.value());
                    ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<LifecycleStage>empty();
                }
                LifecycleStage stage = Sql.enumValue(rs, "lifecycle_stage", LifecycleStage.class);
                transactions.keepReadAhead(key, stage);
                return Optional.of(stage);
            }
        });
    }

    /** Forgets what the unit read ahead of the customer's row, which it is about to change. */
    private void dropReadAhead(String tenantId, String customerId) {
        transactions.dropReadAhead(new LifecycleRead(tenantId, customerId));
        transactions.dropReadAhead(new StageRead(tenantId, customerId));
    }

    @Override
    public Optional<Customer> findByContact(TenantId tenantId, ContactType type, String normalizedValue) {
        checkArgument(type.isIdentifying(), "%s does not identify a customer", type);
        Optional<CustomerId> owner = transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c,
                    "SELECT customer_id FROM crm_customer_contact WHERE tenant_id = ? AND unique_key = ?",
                    tenantId.value(), uniqueKey(type, normalizedValue));
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(CustomerId.of(rs.getString(1))) : Optional.<CustomerId>empty();
            }
        });
        return owner.flatMap(id -> find(tenantId, id));
    }

    @Override
    public void insert(Customer customer) {
        transactions.withConnection(c -> {
            Sql.insertUnique("customer", "customer id", c, "INSERT INTO crm_customer (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    customer.tenantId().value(), customer.id().value(), customer.displayName(),
                    Sql.date(customer.demographics().birthDate()), enumText(customer.demographics().gender()),
                    Sql.text(customer.demographics().region()), Sql.text(customer.demographics().city()),
                    Sql.text(customer.demographics().occupation()), customer.sourceChannel(), customer.creditStanding(),
                    customer.stage(), customer.createdAt(), customer.updatedAt(), customer.version(),
                    Sql.timestamp(customer.erasedAt()));
            insertChildren(c, customer);
            return null;
        });
    }

    @Override
    public void update(Customer customer) {
        dropReadAhead(customer.tenantId().value(), customer.id().value());
        transactions.withConnection(c -> {
            int updated = Sql.update(c, "UPDATE crm_customer SET display_name = ?, birth_date = ?, gender = ?, region = ?,"
                            + " city = ?, occupation = ?, source_channel = ?, credit_standing = ?, lifecycle_stage = ?,"
                            + " updated_at = ?, version = ?, erased_at = ?"
                            + " WHERE tenant_id = ? AND customer_id = ? AND version = ?",
                    customer.displayName(), Sql.date(customer.demographics().birthDate()),
                    enumText(customer.demographics().gender()), Sql.text(customer.demographics().region()),
                    Sql.text(customer.demographics().city()), Sql.text(customer.demographics().occupation()),
                    customer.sourceChannel(), customer.creditStanding(), customer.stage(), customer.updatedAt(),
                    customer.version(), Sql.timestamp(customer.erasedAt()), customer.tenantId().value(),
                    customer.id().value(), customer.version() - 1);
            if (updated != 1) {
                throw new StaleVersionException("customer", customer.id().value(), customer.version() - 1);
            }
            for (String table : List.of("crm_customer_contact", "crm_customer_preference", "crm_customer_tag", "crm_customer_consent")) {
                Sql.update(c, "DELETE FROM " + table + " WHERE tenant_id = ? AND customer_id = ?",
                        customer.tenantId().value(), customer.id().value());
            }
            insertChildren(c, customer);
            return null;
        });
    }

    @Override
    public Page<Customer> page(TenantId tenantId, PageRequest request) {
        return transactions.withConnection(c -> {
            String after = request.cursorValue().map(cursor -> CursorCodec.decode(cursor, 1).get(0)).orElse("");
            try (PreparedStatement s = Sql.prepare(c, PAGE, tenantId.value(), after, request.limit() + 1)) {
                List<Row> rows = readRows(s);
                boolean more = rows.size() > request.limit();
                List<Row> pageRows = more ? rows.subList(0, request.limit()) : rows;
                List<Customer> items = assemble(c, tenantId, pageRows);
                return Page.of(items, more ? CursorCodec.encode(items.get(items.size() - 1).id().value()) : null);
            }
        });
    }

    private static void insertChildren(Connection c, Customer customer) throws SQLException {
        String tenant = customer.tenantId().value();
        String id = customer.id().value();
        int position = 0;
        for (ContactPoint contact : customer.contacts()) {
            Sql.insertUnique("customer", contact.type().label(), c, "INSERT INTO crm_customer_contact (tenant_id, customer_id, position, contact_type, contact_value,"
                            + " verified, unique_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    tenant, id, position++, contact.type(), contact.value(), contact.verified(),
                    contact.type().isIdentifying() ? uniqueKey(contact.type(), contact.value()) : Sql.NULL_TEXT);
        }
        for (Map.Entry<String, String> preference : customer.preferences().entrySet()) {
            Sql.update(c, "INSERT INTO crm_customer_preference (tenant_id, customer_id, pref_key, pref_value) VALUES (?, ?, ?, ?)",
                    tenant, id, preference.getKey(), preference.getValue());
        }
        for (String tag : customer.tags()) {
            Sql.update(c, "INSERT INTO crm_customer_tag (tenant_id, customer_id, tag) VALUES (?, ?, ?)", tenant, id, tag);
        }
        for (Consent consent : customer.consents().values()) {
            Sql.update(c, "INSERT INTO crm_customer_consent (tenant_id, customer_id, channel, granted, decided_at)"
                    + " VALUES (?, ?, ?, ?, ?)", tenant, id, consent.channel(), consent.granted(), consent.decidedAt());
        }
    }

    /** The scalar columns of one customer, before its child rows are attached. */
    private record Row(
            String id, String displayName, Demographics demographics, SourceChannel source, CreditStanding credit,
            LifecycleStage stage, Instant createdAt, Instant updatedAt, long version,
            Instant erasedAt) {}

    private static List<Row> readRows(PreparedStatement s) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(
                        rs.getString("customer_id"),
                        rs.getString("display_name"),
                        new Demographics(Sql.localDate(rs, "birth_date"), Sql.enumValue(rs, "gender", Gender.class),
                                rs.getString("region"), rs.getString("city"), rs.getString("occupation")),
                        Sql.enumValue(rs, "source_channel", SourceChannel.class),
                        Sql.enumValue(rs, "credit_standing", CreditStanding.class),
                        Sql.enumValue(rs, "lifecycle_stage", LifecycleStage.class),
                        Sql.instant(rs, "created_at"),
                        Sql.instant(rs, "updated_at"),
                        rs.getLong("version"),
                        Sql.instant(rs, "erased_at")));
            }
        }
        return rows;
    }

    /**
     * Loads the child rows of all {@code rows} with one query per child table. The rows are every customer of the tenant from the
     * first's id to the last's, in id order (one customer, or a page), so the child rows are read by that range of ids: an index
     * seek, where an IN list of a page's ids made H2 compare each child row with every id of the list. A child row of a customer
     * added inside the range since the rows were read is left out below.
     */
    private static List<Customer> assemble(Connection c, TenantId tenantId, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        String first = rows.get(0).id();
        String last = rows.get(rows.size() - 1).id();
        boolean one = rows.size() == 1;
        Object[] params = one ? new Object[] {tenantId.value(), first} : new Object[] {tenantId.value(), first, last};
        String in = " WHERE tenant_id = ? AND " + (one ? "customer_id = ?" : "customer_id >= ? AND customer_id <= ?");

        Map<String, List<ContactPoint>> contacts = new HashMap<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT customer_id, contact_type, contact_value, verified"
                + " FROM crm_customer_contact" + in + " ORDER BY customer_id, position", params);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                contacts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ContactPoint(
                        ContactType.valueOf(rs.getString(2)), rs.getString(3), rs.getBoolean(4)));
            }
        }
        Map<String, Map<String, String>> preferences = new HashMap<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT customer_id, pref_key, pref_value FROM crm_customer_preference" + in, params);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                preferences.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        Map<String, Set<String>> tags = new HashMap<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT customer_id, tag FROM crm_customer_tag" + in, params);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tags.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        Map<String, Map<MarketingChannel, Consent>> consents = new HashMap<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT customer_id, channel, granted, decided_at FROM crm_customer_consent" + in, params);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                MarketingChannel channel = MarketingChannel.valueOf(rs.getString(2));
                consents.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(MarketingChannel.class))
                        .put(channel, new Consent(channel, rs.getBoolean(3), Sql.instant(rs, "decided_at")));
            }
        }
        List<Customer> customers = new ArrayList<>(rows.size());
        for (Row row : rows) {
            customers.add(new Customer(tenantId, CustomerId.of(row.id()), row.displayName(),
                    contacts.getOrDefault(row.id(), List.of()), row.demographics(),
                    preferences.getOrDefault(row.id(), Map.of()), tags.getOrDefault(row.id(), Set.of()),
                    consents.getOrDefault(row.id(), Map.of()), row.source(), row.credit(), row.stage(),
                    row.createdAt(), row.updatedAt(), row.version(), row.erasedAt()));
        }
        return customers;
    }

    private static String uniqueKey(ContactType type, String normalizedValue) {
        return type.name() + ":" + normalizedValue;
    }

    private static Object enumText(Enum<?> value) {
        return value == null ? Sql.NULL_TEXT : value;
    }
}
