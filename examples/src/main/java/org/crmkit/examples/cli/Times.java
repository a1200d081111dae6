package org.crmkit.examples.cli;

/**
 * Recognises the time part of an ISO date-time by arithmetic: HH:mm[:ss[.fraction]] then an
 * optional Z or ±HH:mm. Anything else goes to java.time's parser.
 */
final class Times {

    private Times() {}

    /** Whether {@code b[from, to)} is such a time (with an optional offset). */
    static boolean isIsoTime(byte[] b, int from, int to) {
        int at = from;
        if (!twoDigits(b, at, to, 23) || !colonTwoDigits(b, at + 2, to, 59)) {
            return false;
        }
        at += 5;
        if (at < to && b[at] == ':') {
            if (!colonTwoDigits(b, at, to, 59)) {
                return false;
            }
            at += 3;
            if (at < to && b[at] == '.') {
                int start = ++at;
                while (at < to && b[at] >= '0' && b[at] <= '9') {
                    at++;
                }
                if (at == start || at - start > 9) {
                    return false;
                }
            }
        }
        if (at == to) {
            return true;
        }
        if (b[at] == 'Z') {
            return at + 1 == to;
        }
        return (b[at] == '+' || b[at] == '-') && at + 6 == to && twoDigits(b, at + 1, to, 18) && colonTwoDigits(b, at + 3, to, 59);
    }

    private static boolean colonTwoDigits(byte[] b, int at, int to, int max) {
        return at < to && b[at] == ':' && twoDigits(b, at + 1, to, max);
    }

    private static boolean twoDigits(byte[] b, int at, int to, int max) {
        if (at + 2 > to) {
            return false;
        }
        int hi = b[at] - '0';
        int lo = b[at + 1] - '0';
        return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 && hi * 10 + lo <= max;
    }
}
