package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a file in stretches on all cores gives what reading it as one stretch gives. */
class OrderCsvReaderTest {

    private static final OrderColumns COLUMNS = OrderColumns.of(Map.of());

    @TempDir
    Path dir;

    @Test
    void cdnow_cut_at_every_line_reads_as_the_whole_file_does() throws IOException {
        // given
        Path file = OrderFiles.write(dir, "cdnow.csv", OrderFiles.cdnowCsv());

        // when
        OrderRows stretches = reader(false, 0).read(file);
        OrderRows whole = reader(false, Long.MAX_VALUE).read(file);

        // then
        assertThat(rows(stretches)).hasSize(6919).isEqualTo(rows(whole));
        assertThat(stretches.ids().size()).isEqualTo(2357);
        for (int i = 0; i < whole.ids().size(); i++) {
            assertThat(stretches.ids().text(i)).isEqualTo(whole.ids().text(i)).isEqualTo(Integer.toString(i + 1));
        }
        assertThat(stretches.maxDay()).isEqualTo(whole.maxDay());
    }

    @Test
    void numbers_and_texts_read_in_stretches_keep_one_index_per_id_in_order_of_first_appearance() throws IOException {
        // given ids that are numbers, a zero-padded number, texts and a number too large to keep as one
        StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
        String[] ids = {"7", "c-7", "007", "12", "7", "x", "c-7", "12", "16777216", "16777215"};
        for (int i = 0; i < 40; i++) {
            csv.append(ids[i % ids.length]).append(",2024-01-0")
                    .append(1 + i % 9).append(',').append(i).append('\n');
        }
        Path file = OrderFiles.write(dir, "ids.csv", csv.toString());

        // when
        OrderRows stretches = reader(false, 0).read(file);
        OrderRows whole = reader(false, Long.MAX_VALUE).read(file);

        // then
        assertThat(rows(stretches)).hasSize(40).isEqualTo(rows(whole));
        assertThat(whole.ids().text(0)).isEqualTo("7");
        assertThat(whole.ids().text(1)).isEqualTo("c-7");
        assertThat(whole.ids().text(2)).isEqualTo("007");
        assertThat(whole.ids().text(5)).isEqualTo("16777216");
        assertThat(whole.ids().isNumber(0)).isTrue();
        assertThat(whole.ids().isNumber(5)).isFalse();
        assertThat(whole.ids().length(6)).isEqualTo(8);
    }

    @Test
    void bad_rows_in_any_stretch_are_reported_with_their_line_in_the_file() throws IOException {
        // given 6 lines: header, good, bad (line 3), good, bad (line 5), good; each line is a stretch
        Path file = OrderFiles.write(dir, "orders.csv", "customer_id,date,amount\n1,2024-01-01,1\n2,2024-13-01,1\n"
                + "3,2024-01-03,3\n4,2024-01-04,-4\n5,2024-01-05,5\n");

        // when
        OrderRows rows = reader(true, 0).read(file);

        // then
        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.badRows()).isEqualTo(2);
        assertThat(rows.badRowReasons()).containsExactly(file + " line 3: bad date '2024-13-01' (expected an ISO date like"
                + " 2024-03-15 or date-time like 2024-03-15T10:00:00)", file + " line 5: negative amount -4 (amounts must be >= 0;"
                + " leave refunds out or net them into the order's amount)");
    }

    @Test
    void without_skipping_the_first_bad_row_of_a_later_stretch_stops_the_read_with_its_line() {
        // given blank lines and a bad row near the end
        Path file = OrderFiles.write(dir, "orders.csv", "\ncustomer_id,date,amount\n1,2024-01-01,1\n\n2,2024-01-02,2\n"
                + "3,2024-01-03,3\n4,2024-01-04,4\n5,2024-01-05,x\n");

        // then
        assertThatThrownBy(() -> reader(false, 0).read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + " line 8: bad amount 'x'");
    }

    @Test
    void a_quoted_value_with_a_line_break_across_the_middle_is_read_whole() throws IOException {
        // given a value spanning lines 3 and 4, near the middle of the file
        Path file = OrderFiles.write(dir, "orders.csv", "customer_id,date,amount\n1,2024-01-01,1\n\"two\nlines\",2024-01-02,2\n"
                + "3,2024-01-03,3\n4,2024-01-04,oops\n");

        // when
        OrderRows rows = reader(true, 0).read(file);

        // then the file was read again on one thread: three rows, and the bad one on line 6
        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.ids().text(1)).isEqualTo("two\nlines");
        assertThat(rows.badRowReasons()).singleElement().asString().startsWith(file + " line 6: bad amount 'oops'");
    }

    private static OrderCsvReader reader(boolean skipBadRows, long stretchBytes) {
        return new OrderCsvReader(COLUMNS, OrderDates.iso(), skipBadRows, stretchBytes);
    }

    private static List<String> rows(OrderRows rows) {
        List<String> all = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            all.add(rows.ids().text(rows.customer(r)) + "," + rows.day(r) + "," + rows.amount(r));
        }
        return all;
    }
}
