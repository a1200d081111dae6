package org.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.crmkit.Crm;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.shared.TenantId;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo with 500 customers on an in-process H2 database: its totals agree with the ledger and the tiers. */
class DemoOnH2Test {

    @TempDir
    Path directory;

    @Test
    void the_reports_totals_are_consistent_with_the_accounts_and_the_tiers() {
        // given
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:demo-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
        DemoSettings settings = new DemoSettings(42, 500, LocalDate.of(2025, 12, 10), directory, true);
        TenantId shop = TenantId.of("demo-test");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        // when
        DemoReport report = DemoRunner.simulate(dataSource, settings, shop, new PrintStream(text, true, StandardCharsets.UTF_8));
        // then tier counts add up to the customers
        assertThat(report.customers()).isEqualTo(500);
        assertThat(report.tierTotal()).isEqualTo(500);
        // and the liability is the sum of every account's balance, read separately
        Crm crm = Crm.builder().storage(JdbcStorage.create(dataSource))
                .clock(java.time.Clock.fixed(settings.now(), DemoShop.ZONE)).build();
        long[] sum = new long[1];
        ReportGathering.forEachCustomer(crm, shop, c -> {
            BalanceView b = crm.loyalty().balance(shop, c.id(), DemoShop.PROGRAMME);
            sum[0] += b.available() + b.pending();
        });
        assertThat(report.outstandingPoints()).isEqualTo(sum[0]).isPositive();
        assertThat(report.scoring().customers()).isPositive();
        assertThat(report.levels().values().stream().mapToLong(DemoReport.Level::customers).sum()).isEqualTo(report.scoring().customers());
        assertThat(report.atRisk()).isNotEmpty();
    }
}
