package org.crmkit.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.PointsLedger;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * Points expiry over many lots: {@code settleDue} over every shard, beside the time a bare SQL
 * scan of the same lot rows takes (the floor), in the same run. One member earns {@value
 * #LOTS_PER_ACCOUNT} lots through the API (ten grants, each a lot that expires a month later); that
 * member's rows (customer, account, lots, entries) are copied with SQL batches under new customer,
 * lot and entry ids, so every account is what the API writes. The settlement runs two months
 * later, when every lot has expired: each account gets ten EXPIRE entries, ten closed lots, a
 * new balance and ten events. Then the balances are checked (every point expired, conservation
 * holds, nothing still due) and a second run settles nothing.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:exec@settle-jdbc -pl benchmarks -am} (1,000,000
 * lots on H2 and PostgreSQL; {@code -Dsettle.lots=100000} shortens it, {@code -Dsettle.shards=2}
 * runs two shards on two threads).
 */
public final class SettleBenchmark {

    private static final TenantId TENANT = TenantId.of("settle-bench");
    /** The tenant the bare job of the same reads and writes runs on ({@link SettleBaseline}). */
    private static final TenantId BARE_TENANT = TenantId.of("settle-bench-bare");
    private static final int LOTS_PER_ACCOUNT = 10;
    private static final long POINTS_PER_LOT = 100;
    private static final Instant EARNED = Instant.parse("2026-01-05T02:00:00Z");
    private static final Instant CHECK_AT = EARNED.plus(Duration.ofDays(61));

    private SettleBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        int lots = 1_000_000;
        int shards = 1;
        List<String> databases = List.of("h2", "postgresql");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--lots" -> lots = Integer.parseInt(args[i + 1]);
                case "--shards" -> shards = Integer.parseInt(args[i + 1]);
                case "--databases" -> databases = List.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: --lots N --shards N --databases h2,postgresql");
            }
        }
        int accounts = Math.max(1, lots / LOTS_PER_ACCOUNT);
        System.out.printf(Locale.ROOT, "crmkit settleDue benchmark: %,d expired lots in %,d accounts, %d shard(s), %d CPUs, max heap %,d MB%n",
                accounts * LOTS_PER_ACCOUNT, accounts, shards, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        int shardCount = shards;
        BenchDatabase.forEach(databases, "bench-settle-h2", 4, db -> run(db, accounts, shardCount));
    }

    private static void run(BenchDatabase db, int accounts, int shards) throws Exception {
        MovableClock clock = new MovableClock(EARNED);
        Crm crm = Crm.builder().storage(JdbcStorage.create(db.dataSource)).clock(clock).build();
        Currency cny = Currency.getInstance("CNY");
        crm.loyalty().defineProgramme(new LoyaltyProgramme(TENANT, ProgrammeId.DEFAULT, "points", CashRate.of(100, Money.of("1.00", "CNY")),
                RoundingMode.DOWN, ExpiryPolicies.rollingMonths(1), Duration.ZERO, Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                RedemptionLimits.NONE, Crm.DEFAULT_ZONE, EarningPolicy.basic(cny, BigDecimal.ONE)));
        CustomerId template = crm.customers().register(RegisterCustomer.of(TENANT, "Han Meimei", SourceChannel.APP)).id();
        for (int i = 0; i < LOTS_PER_ACCOUNT; i++) {
            crm.loyalty().grant(new GrantPoints(TENANT, template, ProgrammeId.DEFAULT, "welcome-" + i, POINTS_PER_LOT, "welcome gift", null,
                    "bench"));
        }
        long start = System.nanoTime();
        List<Rows> rows = Rows.of(db.dataSource, template);
        copy(db.dataSource, rows, TENANT, accounts - 1);
        System.out.printf(Locale.ROOT, "%s: loaded %,d lots in %,d accounts with SQL batches in %.1f s%n", db.name,
                (long) accounts * LOTS_PER_ACCOUNT, accounts, (System.nanoTime() - start) / 1e9);
        double floor = ScanFloor.seconds(db.dataSource, "expired lot rows", "SELECT * FROM crm_points_lot WHERE tenant_id = ? AND status = 'AVAILABLE'"
                + " AND expires_at <= ?", TENANT.value(), CHECK_AT);
        clock.moveTo(CHECK_AT);
        long[] before = BareJob.count(db.dataSource, TENANT, SettleBaseline.WRITTEN);
        double seconds = settle(crm, db.name, shards, accounts);
        long[] written = BareJob.added(db.dataSource, TENANT, SettleBaseline.WRITTEN, before);
        System.out.printf(Locale.ROOT, "%s: settleDue / bare scan = %.1fx%n", db.name, seconds / floor);
        verify(db.dataSource, accounts);
        long again = System.nanoTime();
        int rerun = crm.loyalty().settleDue(0, 1);
        System.out.printf(Locale.ROOT, "%s: a second run settled %,d accounts in %.3f s%n", db.name, rerun, (System.nanoTime() - again) / 1e9);
        // the same reads and writes by a bare job, on copies of the template as it was before settlement, in a tenant of their own
        // (loaded only now: settlement reads every tenant's due accounts)
        copy(db.dataSource, rows, BARE_TENANT, accounts);
        db.analyze(); // the floor gets the statistics of a served database; settlement ran on those autovacuum left, if any
        double bare = SettleBaseline.copying(db.dataSource, TENANT, written, (long) accounts * LOTS_PER_ACCOUNT)
                .seconds(db.dataSource, BARE_TENANT, ProgrammeId.DEFAULT, CHECK_AT);
        System.out.printf(Locale.ROOT, "%s: settleDue / bare job of the same reads and writes = %.1fx%n", db.name, seconds / bare);
    }

    private static double settle(Crm crm, String name, int shards, int accounts) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(shards);
        try {
            PeakHeap.reset();
            ProcessCpu.Window cpu = ProcessCpu.Window.start();
            long start = System.nanoTime();
            List<Future<Integer>> runs = new ArrayList<>();
            for (int shard = 0; shard < shards; shard++) {
                int s = shard;
                runs.add(threads.submit(() -> crm.loyalty().settleDue(s, shards)));
            }
            long settled = 0;
            for (Future<Integer> run : runs) {
                settled += run.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%s: settleDue settled %,d of %,d accounts (%,d lots) in %.1f s = %,.0f lots/s, peak heap %,d MB%n",
                    name, settled, accounts, settled * LOTS_PER_ACCOUNT, seconds, settled * LOTS_PER_ACCOUNT / seconds, PeakHeap.megabytes());
            System.out.printf(Locale.ROOT, "%s: settleDue %s%n", name, cpu.since());
            return seconds;
        } finally {
            threads.shutdown();
        }
    }

    /**
     * Copies the template member's customer, account, lot and entry rows {@code copies} times into
     * {@code tenant} under new customer ids, lot ids and entry ids (the entries' lot movements
     * renamed to match), in batches of about 1,000 accounts, each committed.
     */
    private static void copy(DataSource dataSource, List<Rows> rows, TenantId tenant, int copies) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<PreparedStatement> inserts = new ArrayList<>();
            try {
                for (Rows r : rows) {
                    inserts.add(c.prepareStatement("INSERT INTO " + r.table + " (" + String.join(", ", r.columns) + ") VALUES ("
                            + String.join(", ", Collections.nCopies(r.columns.size(), "?")) + ")"));
                }
                for (int n = 1; n <= copies; n++) {
                    CustomerId customer = CustomerId.of(String.format(Locale.ROOT, "bench-%09d", n));
                    List<String[]> lotIds = new ArrayList<>();
                    for (Object[] lot : rows.get(2).values) {
                        lotIds.add(new String[] {(String) lot[rows.get(2).columns.indexOf("lot_id")], UUID.randomUUID().toString()});
                    }
                    for (int t = 0; t < rows.size(); t++) {
                        Rows r = rows.get(t);
                        for (Object[] row : r.values) {
                            for (int i = 0; i < r.columns.size(); i++) {
                                Object value = switch (r.columns.get(i)) {
                                    case "tenant_id" -> tenant.value();
                                    case "customer_id" -> customer.value();
                                    case "shard_hash" -> PointsLedger.shardHash(AccountRef.of(tenant, customer, ProgrammeId.DEFAULT));
                                    case "entry_id" -> UUID.randomUUID().toString();
                                    case "lot_id", "lots" -> renamed((String) row[i], lotIds);
                                    default -> row[i];
                                };
                                inserts.get(t).setObject(i + 1, value);
                            }
                            inserts.get(t).addBatch();
                        }
                    }
                    if (n % 1000 == 0 || n == copies) {
                        for (PreparedStatement insert : inserts) {
                            insert.executeBatch();
                        }
                        c.commit();
                    }
                }
            } finally {
                for (PreparedStatement insert : inserts) {
                    insert.close();
                }
            }
        }
    }

    private static String renamed(String text, List<String[]> lotIds) {
        String out = text;
        for (String[] ids : lotIds) {
            out = out.replace(ids[0], ids[1]);
        }
        return out;
    }

    /** A table's rows of the template member: column names and values. */
    private record Rows(String table, List<String> columns, List<Object[]> values) {

        /** The template member's customer, account, lot and entry rows, as they are now. */
        static List<Rows> of(DataSource dataSource, CustomerId template) throws Exception {
            List<Rows> rows = new ArrayList<>();
            try (Connection c = dataSource.getConnection()) {
                for (String table : List.of("crm_customer", "crm_points_account", "crm_points_lot", "crm_points_entry")) {
                    rows.add(read(c, table, template));
                }
            }
            return rows;
        }

        static Rows read(Connection c, String table, CustomerId customer) throws Exception {
            List<String> columns = new ArrayList<>();
            List<Object[]> values = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE tenant_id = ? AND customer_id = ?")) {
                s.setString(1, TENANT.value());
                s.setString(2, customer.value());
                try (ResultSet rs = s.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                    }
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        values.add(row);
                    }
                }
            }
            return new Rows(table, columns, values);
        }
    }

    /** Checks with SQL that every point expired, every account is conserved and none is still due. */
    private static void verify(DataSource dataSource, int accounts) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*), SUM(available), SUM(expired),"
                        + " SUM(CASE WHEN earned + adjusted_in + transferred_in = redeemed + expired + reversed + adjusted_out + transferred_out"
                        + " + available + pending + held THEN 1 ELSE 0 END), SUM(CASE WHEN next_due_at IS NULL THEN 0 ELSE 1 END)"
                        + " FROM crm_points_account WHERE tenant_id = ?");
                PreparedStatement e = c.prepareStatement("SELECT COUNT(*) FROM crm_points_entry WHERE tenant_id = ? AND entry_type = 'EXPIRE'");
                PreparedStatement l = c.prepareStatement("SELECT COUNT(*) FROM crm_points_lot WHERE tenant_id = ? AND status <> 'CLOSED'")) {
            s.setString(1, TENANT.value());
            e.setString(1, TENANT.value());
            l.setString(1, TENANT.value());
            try (ResultSet a = s.executeQuery(); ResultSet x = e.executeQuery(); ResultSet o = l.executeQuery()) {
                a.next();
                x.next();
                o.next();
                long expected = (long) accounts * LOTS_PER_ACCOUNT * POINTS_PER_LOT;
                boolean ok = a.getLong(1) == accounts && a.getLong(2) == 0 && a.getLong(3) == expected && a.getLong(4) == accounts
                        && a.getLong(5) == 0 && x.getLong(1) == (long) accounts * LOTS_PER_ACCOUNT && o.getLong(1) == 0;
                System.out.printf(Locale.ROOT, "  check: %,d accounts, available %,d, expired %,d of %,d points, %,d conserved, %,d still due,"
                                + " %,d EXPIRE entries, %,d open lots: %s%n", a.getLong(1), a.getLong(2), a.getLong(3), expected, a.getLong(4),
                        a.getLong(5), x.getLong(1), o.getLong(1), ok ? "ok" : "WRONG");
                if (!ok) {
                    throw new IllegalStateException("the settlement left the ledger wrong; see the line above");
                }
            }
        }
    }

    /** A clock the benchmark moves from the earning instant to the settling one. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void moveTo(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
