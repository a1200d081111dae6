package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRecordTest {

    @Test
    void quoted_fields_may_hold_commas_escaped_quotes_and_line_breaks() {
        // given
        byte[] b = "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nnext".getBytes(StandardCharsets.UTF_8);
        CsvRecord record = new CsvRecord();

        // when
        int end = record.scan(b, 0, b.length, true);

        // then
        assertThat(record.fields()).isEqualTo(3);
        assertThat(field(b, record, 0)).isEqualTo("a,b");
        assertThat(field(b, record, 1)).isEqualTo("say \"\"hi\"\"");
        assertThat(record.escaped(1)).isTrue();
        assertThat(field(b, record, 2)).isEqualTo("two\nlines");
        assertThat(record.newlinesInside()).isEqualTo(1);
        assertThat(new String(b, end, b.length - end, StandardCharsets.UTF_8)).isEqualTo("next");
    }

    @Test
    void a_record_cut_by_the_end_of_the_buffer_asks_for_more_input() {
        // given
        byte[] b = "1,2024-01-01,1".getBytes(StandardCharsets.UTF_8);
        CsvRecord record = new CsvRecord();

        // then
        assertThat(record.scan(b, 0, b.length, false)).isEqualTo(-1);
        assertThat(record.scan(b, 0, b.length, true)).isEqualTo(b.length);
        assertThat(record.fields()).isEqualTo(3);
    }

    @Test
    void crlf_endings_and_blank_lines_are_recognised() {
        // given
        byte[] b = "\r\n1,x\r\n".getBytes(StandardCharsets.UTF_8);
        CsvRecord record = new CsvRecord();

        // when
        int end = record.scan(b, 0, b.length, true);

        // then
        assertThat(record.blank()).isTrue();
        record.scan(b, end, b.length, true);
        assertThat(field(b, record, 1)).isEqualTo("x");
    }

    private static String field(byte[] b, CsvRecord record, int field) {
        return new String(b, record.from(field), record.to(field) - record.from(field), StandardCharsets.UTF_8);
    }
}
