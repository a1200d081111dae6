package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.crmkit.value.btyd.BgNbdModel;
import org.crmkit.value.btyd.GammaGammaModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speed work must not change a single output byte: {@code crm analyze} on seeded files of 60,000
 * simulated customers (about 4 MB, so the reader splits them) prints, in every form, text whose
 * SHA-256 equals that of the output of the code before the speed work (issue 12). The rows come in
 * three orders that take different paths through a reader and summary: grouped by customer (as
 * simulated), sorted by date (as an order export), and shuffled (customers' rows out of day order);
 * every 97th row is repeated with another amount, so some customers buy twice on one day; ids are
 * numbers in one file and text in another, and one run has a holdout and rows after the observation end.
 */
class AnalyzeOutputUnchangedTest {

    private static final BgNbdModel PURCHASES = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
    private static final GammaGammaModel SPEND = GammaGammaModel.of(6.25, 3.74, 15.44);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

    @TempDir
    static Path dir;

    private static Path grouped;
    private static Path byDate;
    private static Path shuffled;

    @BeforeAll
    static void write_the_seeded_files() {
        List<String> numbered = lines(SimulatedOrders.of(PURCHASES, SPEND, 12, 60_000, LocalDate.of(2024, 1, 1), 84, LAST_DAY, ""));
        List<String> named = lines(SimulatedOrders.of(PURCHASES, SPEND, 13, 60_000, LocalDate.of(2024, 1, 1), 84, LAST_DAY, "c-"));
        grouped = file("grouped.csv", numbered);
        List<String> dated = new ArrayList<>(named);
        dated.sort(Comparator.comparing(line -> line.substring(line.indexOf(',') + 1, line.lastIndexOf(','))));
        byDate = file("by-date.csv", dated);
        List<String> mixed = new ArrayList<>(numbered);
        Collections.shuffle(mixed, new Random(14));
        shuffled = file("shuffled.csv", mixed);
    }

    @Test
    void grouped_rows_give_the_same_output_as_before_in_every_form() {
        assertThat(digest(grouped, "csv")).isEqualTo("53c81ec71c69c79877fb64bdde7a993919db2957ebe19c7d35043d64f8b837dd");
        assertThat(digest(grouped, "json")).isEqualTo("efbd6fe84459f0f21f901603756f3e8e9afc5e4833de2ed489421f42e143c988");
        assertThat(digest(grouped, "table")).isEqualTo("c8deb1f4e5bd8a2038a71c3eecdb75b171e33ac16fae4a87ca0c859f9e607c45");
    }

    @Test
    void rows_sorted_by_date_give_the_same_output_as_before_in_every_form() {
        assertThat(digest(byDate, "csv")).isEqualTo("5a480f4aa98a12341640107623b654fde553c651d7546089a8441e0889d554ba");
        assertThat(digest(byDate, "json")).isEqualTo("f3ce1d21b565142db486f05b5cbc275e9e18f4035830739dfb46ecb5905dc3b7");
        assertThat(digest(byDate, "table")).isEqualTo("29f360518f617ad4e221c156108d1bf8c3defba1c7474063e62b89c0d5d8461b");
    }

    @Test
    void shuffled_rows_give_the_same_output_as_before_in_every_form() {
        assertThat(digest(shuffled, "csv")).isEqualTo("a114e0c37f4caba79ac65ab22f521f0eea4c80343435435563fc91e3168eb8c5");
        assertThat(digest(shuffled, "json")).isEqualTo("2a04b18cd8a0cdc33885201ec2f5922a24d4767edb1f53bd9e348a117d5e3352");
        assertThat(digest(shuffled, "table")).isEqualTo("a0ab0ae2079c76c75758f4a4650392975f1948728fa2c203a656ba59bd119158");
    }

    @Test
    void a_holdout_and_late_rows_give_the_same_output_as_before() {
        assertThat(digest(byDate, "json", "--calibration-end", "2025-01-31", "--observation-end", "2025-04-30"))
                .isEqualTo("ff4e9cb87b0e5f660f69d8963d94159bcc9b9e36a8e6eafc1ef2e443bfa0d962");
        assertThat(digest(shuffled, "csv", "--calibration-end", "2025-01-31", "--observation-end", "2025-04-30"))
                .isEqualTo("e89729777355a4a3d31a9208e11e5baa6d1c7c05fc0c0bd5a9076b0e6d8155cf");
    }

    /** The rows, with every 97th repeated on its day with a different amount. */
    private static List<String> lines(SimulatedOrders orders) {
        List<String> lines = new ArrayList<>();
        List<String> rows = orders.csvRows().lines().toList();
        for (int i = 0; i < rows.size(); i++) {
            lines.add(rows.get(i));
            if (i % 97 == 0) {
                String row = rows.get(i);
                lines.add(row.substring(0, row.lastIndexOf(',') + 1) + (i % 1000) + ".25");
            }
        }
        return lines;
    }

    private static Path file(String name, List<String> lines) {
        return OrderFiles.write(dir, name, "customer_id,date,amount\n" + String.join("\n", lines) + "\n");
    }

    private static String digest(Path orders, String format, String... more) {
        List<String> args = new ArrayList<>(List.of("analyze", "--orders", orders.toString(), "--format", format, "--quiet"));
        args.addAll(List.of(more));
        CrmRun run = CrmRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(run.out().getBytes(StandardCharsets.UTF_8));
            return String.format("%064x", new BigInteger(1, hash));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
