package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Rows formatted on several threads come out in order, and a failure on either side ends the write without a hang. */
@Timeout(30)
class RowChunksTest {

    /** Each row as its index and a line end. */
    private static final RowChunks.Formatter INDEXES = (from, to, sink) -> {
        for (int i = from; i < to; i++) {
            sink.integer(i).ch('\n');
        }
    };

    @Test
    void rows_come_out_in_order_across_many_more_chunks_than_buffers() throws IOException {
        // given
        int rows = 4096 * 53 + 7;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        RowChunks.write(rows, INDEXES, ReportOutput.of(out));

        // then
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            expected.append(i).append('\n');
        }
        assertThat(out.toString()).isEqualTo(expected.toString());
    }

    @Test
    void no_rows_write_nothing() throws IOException {
        // given
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        RowChunks.write(0, INDEXES, ReportOutput.of(out));

        // then
        assertThat(out.size()).isZero();
    }

    @Test
    void a_row_that_cannot_be_formatted_ends_the_write_with_its_exception() {
        // given: chunk 30 fails, on whichever thread formats it
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowChunks.Formatter failing = (from, to, sink) -> {
            if (from == 4096 * 30) {
                throw new IllegalStateException("row " + from);
            }
            INDEXES.format(from, to, sink);
        };

        // when / then
        assertThatThrownBy(() -> RowChunks.write(4096 * 60, failing, ReportOutput.of(out)))
                .isInstanceOf(IllegalStateException.class).hasMessage("row " + 4096 * 30);
        // what was written before is whole chunks in order, none from the failed one on
        String[] lines = out.toString().split("\n", -1);
        int written = lines.length - 1;
        assertThat(written % 4096).isZero();
        assertThat(written).isLessThanOrEqualTo(4096 * 30);
        for (int i = 0; i < written; i++) {
            assertThat(lines[i]).isEqualTo(Integer.toString(i));
        }
    }

    @Test
    void an_output_that_fails_ends_the_write_and_stops_the_formatting() throws InterruptedException {
        // given
        AtomicInteger formatted = new AtomicInteger();
        RowChunks.Formatter counting = (from, to, sink) -> {
            formatted.incrementAndGet();
            INDEXES.format(from, to, sink);
        };
        ReportOutput full = chunk -> {
            throw new IOException("disk full");
        };

        // when / then
        assertThatThrownBy(() -> RowChunks.write(4096 * 200, counting, full)).isInstanceOf(IOException.class)
                .hasMessage("disk full");
        Thread.sleep(200); // time for a pool thread that went on to stop
        assertThat(formatted.get()).isLessThan(200);
    }
}
