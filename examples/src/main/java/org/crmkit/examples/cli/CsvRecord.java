package org.crmkit.examples.cli;

import java.util.Arrays;

/**
 * One CSV record found in a byte buffer: where each field starts and ends (inside the quotes for a
 * quoted field), whether a quoted field has {@code ""} escapes, how many line breaks sit inside
 * quotes, and what is wrong with it, if anything. Reused for every record.
 */
final class CsvRecord {

    private int[] from = new int[16];
    private int[] to = new int[16];
    private boolean[] escaped = new boolean[16];
    private int fields;
    private int newlines;
    private boolean quoted;
    private String error;

    /**
     * Finds the record starting at {@code start} in {@code b[start, limit)}.
     *
     * @param eof whether {@code limit} is the end of the input
     * @return the index just after the record (past its line break), or −1 if the buffer ends
     *     before the record does and more input may follow
     */
    int scan(byte[] b, int start, int limit, boolean eof) {
        fields = 0;
        newlines = 0;
        quoted = false;
        error = null;
        int p = start;
        while (true) {
            if (p < limit && b[p] == '"') {
                quoted = true;
                int q = p + 1;
                boolean escapes = false;
                while (true) {
                    if (q >= limit) {
                        if (!eof) {
                            return -1;
                        }
                        error = "a quoted value is not closed";
                        add(p + 1, limit, false);
                        return limit;
                    }
                    if (b[q] == '"') {
                        if (q + 1 >= limit && !eof) {
                            return -1;
                        }
                        if (q + 1 < limit && b[q + 1] == '"') {
                            escapes = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    if (b[q] == '\n') {
                        newlines++;
                    }
                    q++;
                }
                add(p + 1, q, escapes);
                p = q + 1;
                if (p < limit && b[p] == '\r' && (p + 1 >= limit || b[p + 1] == '\n')) {
                    p++;
                }
                if (p >= limit) {
                    return eof ? limit : -1;
                }
                if (b[p] == '\n') {
                    return p + 1;
                }
                if (b[p] != ',') {
                    error = "text after the closing quote of a quoted value";
                    return skipLine(b, p, limit, eof);
                }
                p++;
            } else {
                int q = p;
                while (q < limit && b[q] != ',' && b[q] != '\n') {
                    q++;
                }
                if (q >= limit && !eof) {
                    return -1;
                }
                int end = q > p && b[q - 1] == '\r' ? q - 1 : q;
                add(p, end, false);
                if (q >= limit) {
                    return limit;
                }
                if (b[q] == '\n') {
                    return q + 1;
                }
                p = q + 1;
            }
        }
    }

    /** Number of fields. */
    int fields() {
        return fields;
    }

    int from(int field) {
        return from[field];
    }

    int to(int field) {
        return to[field];
    }

    /** Whether a quoted field holds {@code ""} escapes. */
    boolean escaped(int field) {
        return escaped[field];
    }

    /** Line breaks inside quoted values (the record spans that many more lines). */
    int newlinesInside() {
        return newlines;
    }

    /** Whether a field of the record is quoted (and may hold line breaks). */
    boolean quoted() {
        return quoted;
    }

    /** What is wrong with the record's syntax, or null. */
    String error() {
        return error;
    }

    /** Whether the record is an empty line. */
    boolean blank() {
        return fields == 1 && from[0] == to[0] && error == null;
    }

    /** Drops a UTF-8 byte order mark from the start of the first field. */
    void dropBom(byte[] b) {
        if (fields > 0 && to[0] - from[0] >= 3 && b[from[0]] == (byte) 0xEF && b[from[0] + 1] == (byte) 0xBB
                && b[from[0] + 2] == (byte) 0xBF) {
            from[0] += 3;
        }
    }

    private void add(int start, int end, boolean escapes) {
        if (fields == from.length) {
            from = Arrays.copyOf(from, fields * 2);
            to = Arrays.copyOf(to, fields * 2);
            escaped = Arrays.copyOf(escaped, fields * 2);
        }
        from[fields] = start;
        to[fields] = end;
        escaped[fields] = escapes;
        fields++;
    }

    private int skipLine(byte[] b, int p, int limit, boolean eof) {
        while (p < limit && b[p] != '\n') {
            p++;
        }
        if (p < limit) {
            return p + 1;
        }
        return eof ? limit : -1;
    }
}
