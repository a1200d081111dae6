package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm demo} from the command line: a small run on an in-memory H2 database writes its report. */
class CrmDemoCommandTest {

    @TempDir
    Path directory;

    @Test
    void crm_demo_runs_end_to_end_and_names_the_html_report() {
        // when
        CrmRun run = CrmRun.of("demo", "--customers", "60", "--seed", "7", "--quiet", "--jdbc-url",
                "jdbc:h2:mem:crm-demo-cli;DB_CLOSE_DELAY=-1", "--out", directory.toString());

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Customers: 60", "HTML report: ");
        assertThat(Files.exists(directory.resolve("crm-demo-report.html"))).isTrue();
    }

    @Test
    void a_second_crm_demo_on_the_same_h2_file_keeps_the_first_runs_shop_beside_its_own() throws Exception {
        // given a first run on an H2 file
        String url = "jdbc:h2:file:" + directory.resolve("crmkit-demo");
        CrmRun first = CrmRun.of("demo", "--customers", "20", "--seed", "7", "--quiet", "--jdbc-url", url, "--out", directory.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();

        // when the demo runs again on the same file
        CrmRun second = CrmRun.of("demo", "--customers", "20", "--seed", "8", "--quiet", "--jdbc-url", url, "--out", directory.toString());

        // then the schema was reused and both runs' customers are in the file
        assertThat(second.exitCode()).as(second.err()).isZero();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(DISTINCT tenant_id), COUNT(*) FROM crm_customer")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2);
            assertThat(rows.getInt(2)).isEqualTo(40);
        }
    }

    @Test
    void without_a_jdbc_url_the_h2_file_goes_under_out_and_leaves_no_trace_file() throws Exception {
        // when
        CrmRun run = CrmRun.of("demo", "--customers", "20", "--seed", "7", "--quiet", "--out", directory.toString());

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(directory.resolve("crmkit-demo.mv.db")).exists();
        try (var files = Files.list(directory)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
        }
        assertThat(CrmRun.of("demo", "--help").out()).contains("an H2 file crmkit-demo under --out");
    }

    @Test
    void crm_demo_help_lists_every_option_and_too_few_customers_is_a_usage_error() {
        // when
        CrmRun help = CrmRun.of("demo", "--help");
        CrmRun tooFew = CrmRun.of("demo", "--customers", "3", "--quiet", "--jdbc-url", "jdbc:h2:mem:crm-demo-few");

        // then
        assertThat(help.out()).contains("--jdbc-url=URL", "--user", "--password", "--seed", "--customers", "--end=DATE", "--out=DIR",
                "--quiet", "--debug");
        assertThat(tooFew.exitCode()).isEqualTo(2);
        assertThat(tooFew.err()).contains("--customers must be 10 to 1,000,000");
    }

    @Test
    void an_h2_file_is_compacted_only_at_the_end_and_written_every_five_seconds_unless_the_url_says_otherwise() {
        // when
        String file = DemoCommand.withH2Settings("jdbc:h2:file:/tmp/crm-demo/crmkit-demo");
        String chosen = DemoCommand.withH2Settings("jdbc:h2:file:/tmp/crm-demo/crmkit-demo;AUTO_COMPACT_FILL_RATE=80");
        String memory = DemoCommand.withH2Settings("jdbc:h2:mem:crm-demo;DB_CLOSE_DELAY=-1");
        String postgres = DemoCommand.withH2Settings("jdbc:postgresql://localhost/crm");

        // then the file run compacts only at its end and writes every 5 s; a URL's own setting, memory and other databases are left as they are
        assertThat(file).isEqualTo("jdbc:h2:file:/tmp/crm-demo/crmkit-demo;QUERY_CACHE_SIZE=0;TRACE_LEVEL_FILE=0;AUTO_COMPACT_FILL_RATE=0;WRITE_DELAY=5000");
        assertThat(chosen).contains(";AUTO_COMPACT_FILL_RATE=80").doesNotContain("AUTO_COMPACT_FILL_RATE=0");
        assertThat(memory).isEqualTo("jdbc:h2:mem:crm-demo;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0;TRACE_LEVEL_FILE=0");
        assertThat(postgres).isEqualTo("jdbc:postgresql://localhost/crm");
    }
}
