package org.crmkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads an order CSV (RFC 4180: comma-separated, a header line, optional double quotes with
 * {@code ""} inside, LF or CRLF) straight from bytes into {@link OrderRows}, without a {@code
 * String} per row or field. Fields are trimmed of spaces; blank lines are skipped. A malformed row
 * stops the read with a {@link BadInputException} naming the line and the reason, or is skipped
 * and counted when {@code skipBadRows} is set. Line numbers count every line from the header's 1.
 *
 * <p>A large file is read as two halves on two threads, split at a line break; if the first half
 * turns out to hold a quoted field (which could hide a line break inside a value) the whole file is
 * read again on one thread.
 */
final class OrderCsvReader {

    /** Files with at least this many bytes of rows are read on two threads. */
    static final long PARALLEL_BYTES = 4 << 20;
    private static final int BYTES_PER_ROW_GUESS = 20;

    private final OrderColumns columns;
    private final OrderDates dates;
    private final boolean skipBadRows;
    private final long parallelBytes;

    /** The header's field count and the positions of the customer id, date and amount columns. */
    private record Header(int fields, int[] positions) {}

    OrderCsvReader(OrderColumns columns, OrderDates dates, boolean skipBadRows) {
        this(columns, dates, skipBadRows, PARALLEL_BYTES);
    }

    /** A reader that splits files with at least {@code parallelBytes} bytes of rows (tests split small files). */
    OrderCsvReader(OrderColumns columns, OrderDates dates, boolean skipBadRows, long parallelBytes) {
        this.columns = columns;
        this.dates = dates;
        this.skipBadRows = skipBadRows;
        this.parallelBytes = parallelBytes;
    }

    /**
     * Reads {@code file}.
     *
     * @throws BadInputException if the file is empty, the header lacks a column or, without
     *     skipBadRows, a row is malformed
     * @throws IOException       if the file cannot be read
     */
    OrderRows read(Path file) throws IOException {
        String name = file.toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            RecordReader head = new RecordReader(channel, 0, size);
            long line = 1;
            boolean found = head.next();
            if (found) {
                head.record().dropBom(head.buffer());
            }
            while (found && head.record().blank()) {
                line += 1 + head.record().newlinesInside();
                found = head.next();
            }
            if (!found) {
                throw new BadInputException(name + " is empty; expected a header line such as customer_id,date,amount");
            }
            Header header = header(head, name, line);
            long dataStart = head.position();
            long firstDataLine = line + 1 + head.record().newlinesInside();
            if (size - dataStart >= parallelBytes && Runtime.getRuntime().availableProcessors() > 1) {
                long middle = lineStart(channel, dataStart + (size - dataStart) / 2, size);
                CompletableFuture<SegmentParser.Segment> second = CompletableFuture.supplyAsync(
                        () -> parseUnchecked(header, channel, middle, size, size));
                // the first half's rows get room for the second's too, so appending them copies nothing
                SegmentParser.Segment first = parse(header, channel, dataStart, middle, size);
                SegmentParser.Segment rest = Futures.join(second);
                if (!first.quotedFields()) {
                    return combine(name, firstDataLine, first, rest);
                }
            }
            return combine(name, firstDataLine, parse(header, channel, dataStart, size, size), null);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Parses bytes [from, to), with room for the rows of [from, roomTo). */
    private SegmentParser.Segment parse(Header header, FileChannel channel, long from, long to, long roomTo) throws IOException {
        int expectedRows = (int) Math.min(Integer.MAX_VALUE - 8, (roomTo - from) / BYTES_PER_ROW_GUESS + 1);
        return new SegmentParser(columns, dates, skipBadRows, header.fields(), header.positions())
                .parse(new RecordReader(channel, from, to), expectedRows);
    }

    private SegmentParser.Segment parseUnchecked(Header header, FileChannel channel, long from, long to, long roomTo) {
        try {
            return parse(header, channel, from, to, roomTo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Header header(RecordReader head, String name, long line) {
        CsvRecord record = head.record();
        List<String> names = new ArrayList<>();
        for (int f = 0; f < record.fields(); f++) {
            names.add(new String(head.buffer(), record.from(f), record.to(f) - record.from(f), StandardCharsets.UTF_8).trim());
        }
        try {
            if (record.error() != null) {
                throw new RowError(record.error());
            }
            return new Header(names.size(), columns.positions(names));
        } catch (RowError e) {
            throw new BadInputException(name + " line " + line + ": " + e.getMessage());
        }
    }

    /** The rows of both stretches with absolute line numbers; throws for the first malformed row unless skipping. */
    private OrderRows combine(String name, long firstDataLine, SegmentParser.Segment first, SegmentParser.Segment second) {
        List<String> reasons = new ArrayList<>();
        for (SegmentParser.Problem problem : first.problems()) {
            reasons.add(name + " line " + (firstDataLine + problem.line() - 1) + ": " + problem.reason());
        }
        if (second != null) {
            for (SegmentParser.Problem problem : second.problems()) {
                reasons.add(name + " line " + (firstDataLine + first.lines() + problem.line() - 1) + ": " + problem.reason());
            }
        }
        if (!skipBadRows && !reasons.isEmpty()) {
            throw new BadInputException(reasons.get(0) + " (--skip-bad-rows skips such rows)");
        }
        OrderRows rows = first.rows();
        if (second != null) {
            rows.append(second.rows());
        }
        rows.skipped(first.badRows() + (second == null ? 0 : second.badRows()), reasons);
        return rows;
    }

    /** The offset just after the first line break at or after {@code at}, or {@code size}. */
    private static long lineStart(FileChannel channel, long at, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        for (long position = at; position < size;) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (buffer.get(i) == '\n') {
                    return position + i + 1;
                }
            }
            position += n;
        }
        return size;
    }
}
