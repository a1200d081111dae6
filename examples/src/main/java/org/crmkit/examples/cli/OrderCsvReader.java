package org.crmkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Reads an order CSV (RFC 4180: comma-separated, a header line, optional double quotes with
 * {@code ""} inside, LF or CRLF) straight from bytes into {@link OrderRows}, without a {@code
 * String} per row or field. Fields are trimmed of spaces; blank lines are skipped. A malformed row
 * stops the read with a {@link BadInputException} naming the line and the reason, or is skipped
 * and counted when {@code skipBadRows} is set. Line numbers count every line from the header's 1.
 *
 * <p>The rows are cut at line breaks into stretches of about {@value #STRETCH_BYTES} bytes, parsed on
 * all cores and put together in file order as they come ({@link OrderRows.Combiner}); if any
 * stretch turns out to hold a quoted field (which could hide a line break inside a value, where a
 * cut may have fallen) the whole file is read again as one stretch.
 */
final class OrderCsvReader {

    /** Bytes of rows per stretch: some dozens per file keep both cores busy to the end. */
    static final long STRETCH_BYTES = 2 << 20;
    /** At most this many stretches, however small they get. */
    private static final int MAX_STRETCHES = 1024;
    private static final int BYTES_PER_ROW_GUESS = 20;

    private final OrderColumns columns;
    private final OrderDates dates;
    private final boolean skipBadRows;
    private final long stretchBytes;

    /** The header's field count and the positions of the customer id, date and amount columns. */
    private record Header(int fields, int[] positions) {}

    OrderCsvReader(OrderColumns columns, OrderDates dates, boolean skipBadRows) {
        this(columns, dates, skipBadRows, STRETCH_BYTES);
    }

    /** A reader that cuts files into stretches of about {@code stretchBytes} bytes (tests cut small files at every line). */
    OrderCsvReader(OrderColumns columns, OrderDates dates, boolean skipBadRows, long stretchBytes) {
        this.columns = columns;
        this.dates = dates;
        this.skipBadRows = skipBadRows;
        this.stretchBytes = stretchBytes;
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
            long[] cuts = cuts(channel, dataStart, size);
            Queue<byte[]> buffers = new ConcurrentLinkedQueue<>();
            Parsed parsed = parseAll(header, channel, cuts, buffers);
            if (parsed.stretches().size() > 1 && parsed.stretches().stream().anyMatch(SegmentParser.Segment::quotedFields)) {
                SegmentParser.Segment whole = parse(header, channel, dataStart, size, buffers);
                return checked(name, firstDataLine, List.of(whole), OrderRows.combine(List.of(whole.rows())));
            }
            return checked(name, firstDataLine, parsed.stretches(), parsed.rows());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The stretches as parsed, in file order, and their rows put together. */
    private record Parsed(List<SegmentParser.Segment> stretches, OrderRows rows) {}

    /**
     * Parses the stretches between {@code cuts} on all cores, taking them in file order, and puts
     * their rows together on this thread as they come ({@link OrderRows.Combiner}): after each
     * stretch it parses, this thread adds every stretch that is parsed and next in order, so adding
     * runs beside the parsing of later stretches instead of after all of it.
     */
    private Parsed parseAll(Header header, FileChannel channel, long[] cuts, Queue<byte[]> buffers) throws IOException {
        int count = cuts.length - 1;
        AtomicReferenceArray<SegmentParser.Segment> parsed = new AtomicReferenceArray<>(count);
        AtomicInteger next = new AtomicInteger();
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int h = Math.min(count - 1, ForkJoinPool.getCommonPoolParallelism()); h > 0; h--) {
            helpers.add(ForkJoinPool.commonPool().submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    parsed.set(i, parseUnchecked(header, channel, cuts[i], cuts[i + 1], buffers));
                }
            }));
        }
        OrderRows.Combiner combiner = new OrderRows.Combiner(count);
        int combined = 0;
        try {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                parsed.set(i, parse(header, channel, cuts[i], cuts[i + 1], buffers));
                for (SegmentParser.Segment ready; combined < count && (ready = parsed.get(combined)) != null; combined++) {
                    combiner.add(ready.rows());
                }
            }
        } finally {
            // on a failure here the helpers stop after their current stretch; their own failures surface from join
            next.set(count);
            helpers.forEach(ForkJoinTask::join);
        }
        List<SegmentParser.Segment> stretches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            stretches.add(parsed.get(i));
        }
        for (; combined < count; combined++) {
            combiner.add(stretches.get(combined).rows());
        }
        return new Parsed(stretches, combiner.rows());
    }

    /** Where the stretches of rows in [from, size) start, and size at the end: line starts, in order. */
    private long[] cuts(FileChannel channel, long from, long size) throws IOException {
        long stretches = Math.max(1, Math.min(MAX_STRETCHES, (size - from) / Math.max(1, stretchBytes)));
        long[] cuts = new long[(int) stretches + 1];
        int count = 1;
        cuts[0] = from;
        for (int i = 1; i < stretches; i++) {
            long cut = lineStart(channel, from + (size - from) * i / stretches, size);
            if (cut > cuts[count - 1] && cut < size) {
                cuts[count++] = cut;
            }
        }
        cuts[count++] = size;
        return Arrays.copyOf(cuts, count);
    }

    /** Parses bytes [from, to), reading into a buffer of {@code buffers} if one is free and leaving it there after. */
    private SegmentParser.Segment parse(Header header, FileChannel channel, long from, long to, Queue<byte[]> buffers)
            throws IOException {
        int expectedRows = (int) Math.min(Integer.MAX_VALUE - 8, (to - from) / BYTES_PER_ROW_GUESS + 1);
        RecordReader reader = new RecordReader(channel, from, to, buffers.poll());
        SegmentParser.Segment parsed = new SegmentParser(columns, dates, skipBadRows, header.fields(), header.positions())
                .parse(reader, expectedRows);
        buffers.add(reader.buffer());
        return parsed;
    }

    private SegmentParser.Segment parseUnchecked(Header header, FileChannel channel, long from, long to, Queue<byte[]> buffers) {
        try {
            return parse(header, channel, from, to, buffers);
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

    /**
     * The rows of the stretches, {@code all} put together, with the skipped rows' reasons at
     * absolute line numbers; throws for the first malformed row unless skipping.
     */
    private OrderRows checked(String name, long firstDataLine, List<SegmentParser.Segment> stretches, OrderRows all) {
        List<String> reasons = new ArrayList<>();
        long line = firstDataLine;
        long badRows = 0;
        for (SegmentParser.Segment stretch : stretches) {
            for (SegmentParser.Problem problem : stretch.problems()) {
                reasons.add(name + " line " + (line + problem.line() - 1) + ": " + problem.reason());
            }
            if (!skipBadRows && !reasons.isEmpty()) {
                throw new BadInputException(reasons.get(0) + " (--skip-bad-rows skips such rows)");
            }
            line += stretch.lines();
            badRows += stretch.badRows();
        }
        all.skipped(badRows, reasons);
        return all;
    }

    /** The offset just after the first line break at or after {@code at}, or {@code size}. */
    private static long lineStart(FileChannel channel, long at, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(64 * 1024, size - at + 1));
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
