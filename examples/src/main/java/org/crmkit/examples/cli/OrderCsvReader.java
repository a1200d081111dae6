package org.crmkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an order CSV (RFC 4180: comma-separated, a header line, optional double quotes with
 * {@code ""} inside, LF or CRLF) straight from bytes into {@link OrderRows}, without a {@code
 * String} per row or field. Fields are trimmed of spaces; blank lines are skipped. A malformed row
 * stops the read with a {@link BadInputException} naming the line and the reason, or is skipped
 * and counted when {@code skipBadRows} is set. Line numbers count every line from the header's 1.
 */
final class OrderCsvReader {

    private static final int BUFFER = 1 << 20;
    private static final int BYTES_PER_ROW_GUESS = 24;

    private final OrderColumns columns;
    private final OrderDates dates;
    private final boolean skipBadRows;
    private final CsvRecord record = new CsvRecord();
    private byte[] scratch = new byte[256];
    private int idColumn;
    private int dateColumn;
    private int amountColumn;
    private int headerFields;

    OrderCsvReader(OrderColumns columns, OrderDates dates, boolean skipBadRows) {
        this.columns = columns;
        this.dates = dates;
        this.skipBadRows = skipBadRows;
    }

    /**
     * Reads {@code file}.
     *
     * @throws BadInputException if the header lacks a column or, without skipBadRows, a row is malformed
     * @throws IOException       if the file cannot be read
     */
    OrderRows read(Path file) throws IOException {
        long bytes = Files.size(file);
        OrderRows rows = new OrderRows((int) Math.min(Integer.MAX_VALUE - 8, bytes / BYTES_PER_ROW_GUESS + 1));
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[BUFFER];
            int len = 0;
            int pos = 0;
            boolean eof = false;
            boolean header = true;
            long line = 1;
            while (true) {
                int end = pos < len ? record.scan(buf, pos, len, eof) : -1;
                if (end < 0) {
                    if (eof) {
                        break;
                    }
                    if (pos > 0) {
                        System.arraycopy(buf, pos, buf, 0, len - pos);
                        len -= pos;
                        pos = 0;
                    }
                    if (len == buf.length) {
                        buf = Arrays.copyOf(buf, buf.length * 2);
                    }
                    int n = in.read(buf, len, buf.length - len);
                    if (n < 0) {
                        eof = true;
                    } else {
                        len += n;
                    }
                    continue;
                }
                if (header) {
                    if (line == 1) {
                        record.dropBom(buf);
                    }
                    if (!record.blank()) {
                        header(buf, name, line);
                        header = false;
                    }
                } else if (!record.blank()) {
                    row(buf, rows, name, line);
                }
                line += 1 + record.newlinesInside();
                pos = end;
            }
            if (header) {
                throw new BadInputException(name + " is empty; expected a header line such as customer_id,date,amount");
            }
        }
        return rows;
    }

    private void header(byte[] buf, String name, long line) {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < record.fields(); f++) {
            names.add(new String(buf, record.from(f), record.to(f) - record.from(f), StandardCharsets.UTF_8).trim());
        }
        try {
            if (record.error() != null) {
                throw new RowError(record.error());
            }
            int[] positions = columns.positions(names);
            idColumn = positions[0];
            dateColumn = positions[1];
            amountColumn = positions[2];
            headerFields = names.size();
        } catch (RowError e) {
            throw new BadInputException(name + " line " + line + ": " + e.getMessage());
        }
    }

    private void row(byte[] buf, OrderRows rows, String name, long line) {
        try {
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
            int customer;
            if (record.escaped(idColumn)) {
                int n = unescape(buf, idFrom, idTo);
                customer = rows.ids().indexOf(scratch, 0, n);
            } else {
                customer = -1;
            }
            int day = date(buf);
            double amount = amount(buf);
            if (customer < 0) {
                customer = rows.ids().indexOf(buf, idFrom, idTo);
            }
            rows.add(customer, day, amount);
        } catch (RowError e) {
            String reason = name + " line " + line + ": " + e.getMessage();
            if (!skipBadRows) {
                throw new BadInputException(reason + " (--skip-bad-rows skips such rows)");
            }
            rows.skipped(reason);
        }
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
        return "the row has " + fields + " fields but the header has " + headerFields
                + " (quote a value that contains a comma)";
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
