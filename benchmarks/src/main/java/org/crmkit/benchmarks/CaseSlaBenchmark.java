package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.crmkit.Crm;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseId;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.SlaCheckReport;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * The SLA check over many open cases: cases checked per second by {@code checkSlas}, beside the
 * time a bare SQL scan of the same due rows takes (the floor). One case is opened through the API
 * as a template; its row is copied with SQL batches under new ids and numbers, so every case is
 * an inquiry opened at the same instant. The check runs 25 hours later, when every case has
 * passed its 24-hour acknowledge target: each one gets its at-risk and breach points reported,
 * two escalations, four audit lines and four events. A second run finds nothing due.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:exec@sla-jdbc -pl benchmarks -am} (100,000
 * cases on H2 and PostgreSQL; {@code -Dsla.cases=10000} shortens it, {@code -Dsla.shards=2} runs
 * two shards on two threads).
 */
public final class CaseSlaBenchmark {

    private static final TenantId TENANT = TenantId.of("sla-bench");
    private static final Instant OPENED = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant CHECK_AT = OPENED.plus(Duration.ofHours(25));
    /** The tenant of the cases the bare job of the same writes handles ({@link CaseSlaBaseline}). */
    private static final TenantId BARE_TENANT = TenantId.of("sla-bench-bare");

    private CaseSlaBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        int cases = 100_000;
        int shards = 1;
        List<String> databases = List.of("h2", "postgresql");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--cases" -> cases = Integer.parseInt(args[i + 1]);
                case "--shards" -> shards = Integer.parseInt(args[i + 1]);
                case "--databases" -> databases = List.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: --cases N --shards N --databases h2,postgresql");
            }
        }
        System.out.printf(Locale.ROOT, "crmkit SLA check benchmark: %,d open cases, %d shard(s), %d CPUs%n", cases, shards,
                Runtime.getRuntime().availableProcessors());
        int count = cases;
        int shardCount = shards;
        BenchDatabase.forEach(databases, "bench-sla-h2", 4, db -> run(db, count, shardCount));
    }

    private static void run(BenchDatabase db, int cases, int shards) throws Exception {
        Crm crm = Crm.builder().storage(JdbcStorage.create(db.dataSource)).clock(Clock.fixed(OPENED, ZoneOffset.UTC)).build();
        CustomerId li = crm.customers().register(RegisterCustomer.of(TENANT, "Li Lei", SourceChannel.APP)).id();
        Case template = crm.complaints().open(OpenCase.of(TENANT, li, CaseType.INQUIRY, "delivery", CaseChannel.APP, "where is my parcel"));
        long start = System.nanoTime();
        TemplateRow row = TemplateRow.read(db.dataSource, template);
        row.copy(db.dataSource, TENANT, li, cases - 1);
        System.out.printf(Locale.ROOT, "%s: loaded %,d open cases with SQL batches in %.1f s%n", db.name, cases, (System.nanoTime() - start) / 1e9);
        double floor = ScanFloor.seconds(db.dataSource, "due case rows", "SELECT body FROM crm_case WHERE sla_next_check_at <= ?"
                + " ORDER BY sla_next_check_at, tenant_id, case_id", CHECK_AT);
        long[] rowsBefore = BareJob.count(db.dataSource, TENANT, CaseSlaBaseline.WRITTEN);
        double seconds = check(crm, db.name, shards, cases);
        long[] written = BareJob.added(db.dataSource, TENANT, CaseSlaBaseline.WRITTEN, rowsBefore);
        System.out.printf(Locale.ROOT, "%s: checkSlas / bare scan = %.0fx%n", db.name, seconds / floor);
        long again = System.nanoTime();
        SlaCheckReport rerun = crm.complaints().checkSlas(CHECK_AT, 0, 1);
        System.out.printf(Locale.ROOT, "%s: a second run examined %,d cases in %.3f s%n", db.name, rerun.examined(), (System.nanoTime() - again) / 1e9);
        // the same writes by a bare job, on copies of the template as it was opened, in a tenant of their own (loaded only now: the
        // check reads every tenant's due cases)
        CustomerId bareCustomer = crm.customers().register(RegisterCustomer.of(BARE_TENANT, "Han Meimei", SourceChannel.APP)).id();
        row.copy(db.dataSource, BARE_TENANT, bareCustomer, cases);
        db.analyze(); // the floor gets the statistics of a served database; the check ran on those autovacuum left, if any
        CaseSlaBaseline sameWrites = CaseSlaBaseline.copying(db.dataSource, TENANT, template.id().value(), written, cases);
        double bare = sameWrites.seconds(db.dataSource, BARE_TENANT, bareCustomer.value(), CHECK_AT);
        System.out.printf(Locale.ROOT, "%s: checkSlas / bare job writing the same rows = %.1fx%n", db.name, seconds / bare);
    }

    private static double check(Crm crm, String name, int shards, int cases) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(shards);
        try {
            ProcessCpu.Window cpu = ProcessCpu.Window.start();
            long start = System.nanoTime();
            List<Future<SlaCheckReport>> runs = new ArrayList<>();
            for (int shard = 0; shard < shards; shard++) {
                int s = shard;
                runs.add(threads.submit(() -> crm.complaints().checkSlas(CHECK_AT, s, shards)));
            }
            long examined = 0;
            long breached = 0;
            for (Future<SlaCheckReport> run : runs) {
                examined += run.get().examined();
                breached += run.get().breached();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%s: checkSlas examined %,d of %,d cases (%,d breaches reported) in %.1f s = %,.0f cases/s%n",
                    name, examined, cases, breached, seconds, examined / seconds);
            System.out.printf(Locale.ROOT, "%s: checkSlas %s%n", name, cpu.since());
            return seconds;
        } finally {
            threads.shutdown();
        }
    }

    /** The template case's row as it was opened: its columns and values. */
    private record TemplateRow(Case template, List<String> columns, List<Object> values) {

        static TemplateRow read(DataSource dataSource, Case template) throws Exception {
            List<String> columns = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement("SELECT * FROM crm_case WHERE tenant_id = ? AND case_id = ?")) {
                s.setString(1, TENANT.value());
                s.setString(2, template.id().value());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    ResultSetMetaData meta = rs.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                        values.add(rs.getObject(i));
                    }
                }
            }
            return new TemplateRow(template, columns, values);
        }

        /** Inserts the row {@code copies} times in {@code tenant} for {@code customer} under new ids and numbers, in batches of 1,000. */
        void copy(DataSource dataSource, TenantId tenant, CustomerId customer, int copies) throws Exception {
            String insert = "INSERT INTO crm_case (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            String body = (String) values.get(columns.indexOf("body"));
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(insert)) {
                c.setAutoCommit(false);
                for (int n = 1; n <= copies; n++) {
                    CaseId id = CaseId.of(UUID.randomUUID().toString());
                    String number = String.format("C-2026-B%07d", n);
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = switch (columns.get(i)) {
                            case "tenant_id" -> tenant.value();
                            case "customer_id" -> customer.value();
                            case "case_id" -> id.value();
                            case "case_number" -> number;
                            case "bucket" -> id.bucket();
                            case "body" -> body.replace(template.id().value(), id.value()).replace(template.number(), number)
                                    .replace("\"" + TENANT.value() + "\"", "\"" + tenant.value() + "\"")
                                    .replace(template.customerId().value(), customer.value());
                            default -> values.get(i);
                        };
                        s.setObject(i + 1, value);
                    }
                    s.addBatch();
                    if (n % 1000 == 0 || n == copies) {
                        s.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

}
