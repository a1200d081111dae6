package org.crmkit.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.crmkit.shared.TenantId;
import org.crmkit.value.btyd.BgNbdModel;
import org.crmkit.value.btyd.GammaGammaModel;
import org.crmkit.value.btyd.PeriodUnit;
import org.crmkit.value.btyd.PurchaseSimulator;

/**
 * A tenant to score, loaded straight into crmkit's tables: simulated customers and their purchases
 * (CDNOW's BG/NBD and Gamma-Gamma parameters and calendar, seed 7), as crmkit's registration and
 * purchase record would store them for the columns scoring reads. Rows go with {@code COPY} on
 * PostgreSQL and Citus, with SQL batches on H2 ({@link TableRows}); the same size gives the same rows.
 */
final class ScoringTenant {

    private static final BgNbdModel PURCHASES = BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4258);
    private static final GammaGammaModel SPEND = GammaGammaModel.of(6.2488, 3.7446, 15.4477);
    private static final LocalDate FIRST_DAY = LocalDate.of(1997, 1, 1);
    private static final LocalDate OBSERVATION_END = LocalDate.of(1998, 6, 30);
    private static final List<String> CUSTOMER_COLUMNS = List.of("tenant_id", "customer_id", "display_name", "source_channel",
            "credit_standing", "lifecycle_stage", "created_at", "updated_at", "version");
    private static final List<String> PURCHASE_COLUMNS = List.of("tenant_id", "order_id", "customer_id", "purchased_at", "currency",
            "paid", "refunded", "items");

    /** What a load wrote: the purchases, and how ({@code COPY} or {@code SQL batches}). */
    record Loaded(long purchases, String method) {}

    private ScoringTenant() {}

    /**
     * One customer row per simulated customer ({@code c00000000}, ... registered on the first day)
     * and one purchase row per simulated purchase (at noon UTC, paid at least CNY 1, nothing refunded).
     */
    static Loaded load(DataSource dataSource, TenantId tenant, int customers) throws SQLException {
        Instant created = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (TableRows rows = TableRows.into(c, "crm_customer", CUSTOMER_COLUMNS)) {
                for (int i = 0; i < customers; i++) {
                    rows.add(tenant.value(), id(i), "customer " + i, "APP", "GOOD", "ACTIVE", created, created, 0);
                }
                rows.finish();
            }
            long[] count = {0};
            try (TableRows rows = TableRows.into(c, "crm_purchase", PURCHASE_COLUMNS)) {
                PurchaseSimulator.of(PURCHASES, SPEND, 7).transactions(customers, FIRST_DAY, 84, OBSERVATION_END, PeriodUnit.WEEKS,
                        (who, epochDay, amount) -> {
                            try {
                                rows.add(tenant.value(), "o" + count[0]++, id((int) who), LocalDate.ofEpochDay(epochDay).atTime(12, 0)
                                        .toInstant(ZoneOffset.UTC), "CNY", BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP)
                                        .max(BigDecimal.ONE), BigDecimal.ZERO, "[]");
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                rows.finish();
            }
            return new Loaded(count[0], TableRows.method(c));
        }
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "c%08d", i);
    }
}
