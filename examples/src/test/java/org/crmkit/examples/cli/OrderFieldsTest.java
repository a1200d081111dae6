package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte-level readers of dates and amounts agree with java.time and Double.parseDouble. */
class OrderFieldsTest {

    @Test
    void iso_dates_by_arithmetic_are_the_epoch_days_of_local_date_from_year_1_to_9999() throws RowError {
        // given
        OrderDates iso = OrderDates.iso();
        SplittableRandom random = new SplittableRandom(5);

        for (int i = 0; i < 200_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1, 1, 1).toEpochDay(),
                    LocalDate.of(9999, 12, 31).toEpochDay()));
            byte[] text = date.toString().getBytes(StandardCharsets.US_ASCII);

            // when
            int day = iso.epochDay(text, 0, text.length);

            // then
            assertThat(day).as("%s", date).isEqualTo(date.toEpochDay());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024-02-29T23:59:59, 2024-02-29", "2024-02-29 23:59:59.123456789, 2024-02-29", "2024-03-01T00:00Z, 2024-03-01",
        "2024-03-01T08:00:00+08:00, 2024-03-01", "2024-03-01T08:00:00-05:30, 2024-03-01",
        "2024-03-01T08:00:00+08:00[Asia/Shanghai], 2024-03-01", "2024-03-01+08:00, 2024-03-01"})
    void an_iso_date_time_counts_on_the_date_it_names(String text, LocalDate expected) throws RowError {
        // when
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        int day = OrderDates.iso().epochDay(bytes, 0, bytes.length);

        // then
        assertThat(day).isEqualTo(expected.toEpochDay());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2023-02-29", "2024-04-31", "2024-00-10", "2024-1-10", "24-01-10", "2024/01/10", "2024-01-10T24:00",
        "2024-01-10T10:00+25:00", "2024-01-10x", "today"})
    void an_invalid_date_is_a_row_error(String text) {
        // given
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

        // then
        assertThatThrownBy(() -> OrderDates.iso().epochDay(bytes, 0, bytes.length)).isInstanceOf(RowError.class)
                .hasMessageStartingWith("bad date '" + text + "'");
    }

    @Test
    void a_date_pattern_reads_its_dates() throws RowError {
        // given
        OrderDates dates = OrderDates.pattern("dd/MM/yyyy");
        byte[] bytes = "29/02/2024".getBytes(StandardCharsets.US_ASCII);

        // then
        assertThat(dates.epochDay(bytes, 0, bytes.length)).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
        assertThat(dates.epochDay(bytes, 0, bytes.length)).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
        byte[] wrong = "2024-02-29".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> dates.epochDay(wrong, 0, wrong.length)).isInstanceOf(RowError.class)
                .hasMessage("bad date '2024-02-29' (expected a date in the pattern dd/MM/yyyy)");
    }

    @Test
    void amounts_are_read_as_double_parse_double_reads_them() throws RowError {
        // given
        SplittableRandom random = new SplittableRandom(9);

        for (int i = 0; i < 200_000; i++) {
            String text = switch (i % 4) {
                case 0 -> Long.toString(random.nextLong(0, 1_000_000_000L)) + "." + random.nextInt(0, 100);
                case 1 -> String.format("%.2f", random.nextDouble(0, 10_000));
                case 2 -> Double.toString(random.nextDouble(0, 1e6));
                default -> "0." + String.format("%018d", random.nextLong(0, Long.MAX_VALUE)).substring(0, 1 + random.nextInt(17));
            };
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

            // when
            double amount = Amounts.parse(bytes, 0, bytes.length);

            // then
            assertThat(amount).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1,5", "1.2.3", "$5", "5 USD", "NaN", "Infinity", "0x1p3", "1e400", "1.5d", "-", ".", "+"})
    void a_malformed_amount_is_a_row_error(String text) {
        // given
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

        // then
        assertThatThrownBy(() -> Amounts.parse(bytes, 0, bytes.length)).isInstanceOf(RowError.class)
                .hasMessageStartingWith("bad amount '" + text + "'");
    }
}
