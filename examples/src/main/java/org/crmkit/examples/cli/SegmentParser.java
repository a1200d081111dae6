package org.crmkit.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the order rows of one stretch of the file into its own {@link OrderRows}, noting malformed
 * rows by their line within the stretch; the reader puts stretches read on different threads
 * together ({@link OrderRows#combine}). The customer column holds a key, not an index: an id that
 * is a number ({@link CustomerIds#number}) is that number, any other id is −1 − its index in the
 * stretch's own ids, so numbers (the common case) cost no lookup here.
 */
final class SegmentParser {

    /** A malformed row: its line counted from the stretch's first line (1), and why. */
    record Problem(long line, String reason) {}

    /** What one stretch held. */
    record Segment(OrderRows rows, long lines, List<Problem> problems, long badRows, boolean quotedFields) {}

    private final OrderColumns columns;
    private final OrderDates dates;
    private final boolean skipBadRows;
    private final int headerFields;
    private final int idColumn;
    private final int dateColumn;
    private final int amountColumn;
    private byte[] scratch = new byte[256];
    private CsvRecord record;

    /** @param positions the customer id, date and amount columns' positions in the header */
    SegmentParser(OrderColumns columns, OrderDates dates, boolean skipBadRows, int headerFields, int[] positions) {
        this.columns = columns;
        this.dates = dates;
        this.skipBadRows = skipBadRows;
        this.headerFields = headerFields;
        this.idColumn = positions[0];
        this.dateColumn = positions[1];
        this.amountColumn = positions[2];
    }

    /** Parses every record of {@code reader}, or up to the first malformed one unless bad rows are skipped. */
    Segment parse(RecordReader reader, int expectedRows) throws IOException {
        OrderRows rows = new OrderRows(expectedRows);
        List<Problem> problems = new ArrayList<>();
        long badRows = 0;
        long line = 1;
        boolean quoted = false;
        while (reader.next()) {
            record = reader.record();
            quoted |= record.quoted();
            if (!record.blank()) {
                try {
                    row(reader.buffer(), rows);
                } catch (RowError e) {
                    badRows++;
                    if (problems.size() < OrderRows.KEPT_REASONS) {
                        problems.add(new Problem(line, e.getMessage()));
                    }
                    if (!skipBadRows) {
                        break;
                    }
                }
            }
            line += 1 + record.newlinesInside();
        }
        return new Segment(rows, line - 1, problems, badRows, quoted);
    }

    private void row(byte[] buf, OrderRows rows) throws RowError {
        if (record.error() != null) {
            throw new RowError(record.error());
        }
        if (record.fields() != headerFields) {
            throw new RowError(fieldCountReason());
        }
        int idFrom = trimStart(buf, record.from(idColumn), record.to(idColumn));
        int idTo = trimEnd(buf, idFrom, record.to(idColumn));
        if (idFrom == idTo) {
            throw new RowError("missing customer id (column " + columns.customer() + " is empty)");
        }
        int day = date(buf);
        double amount = amount(buf);
        int key;
        if (record.escaped(idColumn)) {
            int n = unescape(buf, idFrom, idTo);
            key = -1 - rows.ids().indexOf(scratch, 0, n);
        } else {
            int number = CustomerIds.number(buf, idFrom, idTo);
            key = number >= 0 ? number : -1 - rows.ids().indexOf(buf, idFrom, idTo);
        }
        rows.add(key, day, amount);
    }

    private int date(byte[] buf) throws RowError {
        int from = trimStart(buf, record.from(dateColumn), record.to(dateColumn));
        int to = trimEnd(buf, from, record.to(dateColumn));
        if (from == to) {
            throw new RowError("missing date (column " + columns.date() + " is empty)");
        }
        return dates.epochDay(buf, from, to);
    }

    private double amount(byte[] buf) throws RowError {
        int from = trimStart(buf, record.from(amountColumn), record.to(amountColumn));
        int to = trimEnd(buf, from, record.to(amountColumn));
        if (from == to) {
            throw new RowError("missing amount (column " + columns.amount() + " is empty)");
        }
        double amount = Amounts.parse(buf, from, to);
        if (amount < 0) {
            throw new RowError("negative amount " + new String(buf, from, to - from, StandardCharsets.UTF_8)
                    + " (amounts must be >= 0; leave refunds out or net them into the order's amount)");
        }
        return amount;
    }

    private String fieldCountReason() {
        int fields = record.fields();
        if (fields < headerFields) {
            String missing = amountColumn >= fields ? columns.amount() : dateColumn >= fields ? columns.date()
                    : idColumn >= fields ? columns.customer() : null;
            return (missing != null ? "missing column " + missing + ": " : "") + "the row has " + fields
                    + " fields but the header has " + headerFields;
        }
        return "the row has " + fields + " fields but the header has " + headerFields + " (quote a value that contains a comma)";
    }

    /** Copies a quoted field with "" turned into " into the scratch buffer; returns its length. */
    private int unescape(byte[] buf, int from, int to) {
        if (scratch.length < to - from) {
            scratch = new byte[2 * (to - from)];
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            scratch[n++] = buf[i];
            if (buf[i] == '"') {
                i++;
            }
        }
        return n;
    }

    private static int trimStart(byte[] buf, int from, int to) {
        while (from < to && (buf[from] == ' ' || buf[from] == '\t')) {
            from++;
        }
        return from;
    }

    private static int trimEnd(byte[] buf, int from, int to) {
        while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
            to--;
        }
        return to;
    }
}
