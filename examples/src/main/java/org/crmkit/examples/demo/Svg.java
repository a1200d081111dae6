package org.crmkit.examples.demo;

import java.util.List;
import java.util.Locale;

/**
 * Small SVG charts for the HTML report; every mark carries its number as text or a data attribute.
 * Axis labels carry the class {@code axis-x} or {@code axis-y}, marks {@code bar}, {@code bin},
 * {@code cell} or {@code point}; the headless-browser test measures them by these classes.
 */
final class Svg {

    private static final String BLUE = "#3b6ea5";
    /** The height in pixels of a bar for a count that is not zero but too small to show in proportion. */
    static final int MIN_BAR = 2;

    private Svg() {}

    /** A vertical bar chart with a count axis and the value printed above each bar. */
    static String bars(String id, List<String> labels, long[] values) {
        int w = 80;
        int h = 200;
        long max = max(values);
        StringBuilder s = open(id, labels.size() * w + 70, h + 60);
        countAxis(s, 60, 20, h, max, "customers");
        for (int i = 0; i < values.length; i++) {
            int bh = barHeight(values[i], max, h);
            int x = 70 + i * w;
            s.append(f("<rect class=\"bar\" data-label=\"%s\" data-value=\"%d\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                    esc(labels.get(i)), values[i], x, 20 + h - bh, w - 16, bh, BLUE));
            s.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%d</text>", x + (w - 16) / 2, 16 + h - bh, values[i]));
            s.append(f("<text class=\"axis-x\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%s</text>", x + (w - 16) / 2, h + 40,
                    esc(labels.get(i))));
        }
        return s.append("</svg>").toString();
    }

    /** A heat map of counts, rows top to bottom, with the count in each cell. */
    static String heatmap(String id, long[][] cells, String rowName, String columnName) {
        int c = 60;
        long max = 1;
        for (long[] row : cells) {
            for (long v : row) {
                max = Math.max(max, v);
            }
        }
        StringBuilder s = open(id, cells[0].length * c + 80, cells.length * c + 60);
        for (int r = 0; r < cells.length; r++) {
            int rowScore = cells.length - r;
            s.append(f("<text class=\"axis-y\" x=\"40\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s=%d</text>", 20 + r * c + c / 2, rowName, rowScore));
            for (int k = 0; k < cells[r].length; k++) {
                long v = cells[rowScore - 1][k];
                double shade = (double) v / max;
                s.append(f("<rect class=\"cell\" data-r=\"%d\" data-f=\"%d\" data-value=\"%d\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
                        + "fill=\"rgb(%d,%d,%d)\"/>", rowScore, k + 1, v, 50 + k * c, 10 + r * c, c - 2, c - 2, (int) (240 - 180 * shade),
                        (int) (245 - 135 * shade), (int) (250 - 85 * shade)));
                s.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%d</text>", 50 + k * c + c / 2 - 1,
                        14 + r * c + c / 2, v));
            }
        }
        for (int k = 0; k < cells[0].length; k++) {
            s.append(f("<text class=\"axis-x\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%s=%d</text>", 50 + k * c + c / 2, cells.length * c + 30,
                    columnName, k + 1));
        }
        return s.append("</svg>").toString();
    }

    /**
     * A histogram of {@code values} in {@code bins} equal bins from 0 to the 99th percentile (the rest in the last bin), with a
     * count axis; a bin holding one customer among thousands still shows as a bar {@link #MIN_BAR} pixels high.
     */
    static String histogram(String id, double[] values, int bins, String unit) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double top = sorted.length == 0 ? 1 : Math.max(1e-9, sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]);
        long[] counts = new long[bins];
        for (double v : values) {
            counts[(int) Math.min(bins - 1, Math.max(0, Math.floor(v / top * bins)))]++;
        }
        long max = max(counts);
        int w = 28;
        int h = 200;
        int left = 70;
        StringBuilder s = open(id, bins * w + left + 30, h + 76);
        countAxis(s, left - 10, 20, h, max, "customers");
        for (int i = 0; i < bins; i++) {
            int bh = barHeight(counts[i], max, h);
            s.append(f("<rect class=\"bin\" data-from=\"%.2f\" data-count=\"%d\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                    + "<title>%s %.0f to %.0f: %d</title></rect>", i * top / bins, counts[i], left + i * w, 20 + h - bh, w - 3, bh, BLUE, unit,
                    i * top / bins, (i + 1) * top / bins, counts[i]));
        }
        s.append(f("<text class=\"axis-x\" x=\"%d\" y=\"%d\" font-size=\"12\">0</text>", left, h + 40));
        s.append(f("<text class=\"axis-x\" x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s %.0f+</text>", left + bins * w, h + 40,
                unit, top));
        s.append(f("<text class=\"axis-x\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">predicted CLV, %s</text>",
                left + bins * w / 2, h + 60, unit));
        return s.append("</svg>").toString();
    }

    /** A scatter plot of (x, y) points, y from 0 to 1. */
    static String scatter(String id, List<double[]> points, String xName, String yName) {
        double maxX = 1;
        for (double[] p : points) {
            maxX = Math.max(maxX, p[0]);
        }
        int w = 480;
        int h = 240;
        StringBuilder s = open(id, w + 60, h + 60);
        s.append(f("<line x1=\"40\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", h + 10, w + 40, h + 10));
        s.append(f("<line x1=\"40\" y1=\"10\" x2=\"40\" y2=\"%d\" stroke=\"#888\"/>", h + 10));
        for (double[] p : points) {
            s.append(f("<circle class=\"point\" data-x=\"%.0f\" data-y=\"%.4f\" cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"%s\" fill-opacity=\"0.5\"/>",
                    p[0], p[1], 40 + p[0] / maxX * w, 10 + (1 - p[1]) * h, BLUE));
        }
        s.append(f("<text class=\"axis-y\" x=\"34\" y=\"14\" text-anchor=\"end\" font-size=\"11\">1</text>"));
        s.append(f("<text class=\"axis-y\" x=\"34\" y=\"%d\" text-anchor=\"end\" font-size=\"11\">0</text>", h + 10));
        s.append(f("<text class=\"axis-x\" x=\"40\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">0</text>", h + 24));
        s.append(f("<text class=\"axis-x\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%.0f</text>", 40 + w, h + 24, maxX));
        s.append(f("<text class=\"axis-x\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%s</text>", 40 + w / 2, h + 40, xName));
        s.append(f("<text class=\"axis-y\" x=\"12\" y=\"%d\" font-size=\"12\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">%s</text>", 10 + h / 2,
                10 + h / 2, yName));
        return s.append("</svg>").toString();
    }

    /**
     * Bars per month, one beside the other for each series ({@code values[series][month]}), on an axis named {@code axis} whose
     * ticks are written with {@code tickFormat}; a month label under every third month, and a legend of the series' names.
     */
    static String monthly(String id, List<String> months, List<String> series, double[][] values, String axis, String tickFormat) {
        String[] colours = {BLUE, "#d9822b"};
        int group = 12 * series.size() + 8;
        int h = 200;
        int left = 70;
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        max = max > 0 ? max : 1;
        StringBuilder s = open(id, Math.max(months.size() * group + left + 30, 320), h + 80);
        s.append(f("<line x1=\"%d\" y1=\"20\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", left - 10, left - 10, 20 + h));
        for (double tick : new double[] {0, max / 2, max}) {
            int y = 20 + h - (int) Math.round(tick / max * h);
            s.append(f("<text class=\"axis-y\" x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"11\">%s</text>", left - 14, y + 4,
                    f(tickFormat, tick)));
        }
        s.append(f("<text class=\"axis-y\" x=\"12\" y=\"%d\" font-size=\"12\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">%s</text>",
                20 + h / 2, 20 + h / 2, esc(axis)));
        for (int m = 0; m < months.size(); m++) {
            for (int k = 0; k < series.size(); k++) {
                double v = values[k][m];
                int bh = v == 0 ? 0 : Math.max(MIN_BAR, (int) Math.round(v / max * h));
                s.append(f("<rect class=\"bar\" data-label=\"%s %s\" data-value=\"%s\" x=\"%d\" y=\"%d\" width=\"10\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s %s: %s</title></rect>", months.get(m), esc(series.get(k)), f("%.4f", v), left + m * group + k * 12,
                        20 + h - bh, bh, colours[k % colours.length], months.get(m), esc(series.get(k)), f(tickFormat, v)));
            }
            if (m % 3 == 0) {
                s.append(f("<text class=\"axis-x\" x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", left + m * group, h + 36, months.get(m)));
            }
        }
        for (int k = 0; k < series.size(); k++) {
            s.append(f("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
                    left + k * 120, h + 50, colours[k % colours.length], left + k * 120 + 14, h + 59, esc(series.get(k))));
        }
        return s.append("</svg>").toString();
    }

    /** A bar's height: in proportion to {@code max}, but at least {@link #MIN_BAR} pixels when {@code count} is not zero. */
    static int barHeight(long count, long max, int height) {
        int proportional = (int) Math.round((double) count / max * height);
        return count == 0 ? 0 : Math.max(MIN_BAR, proportional);
    }

    /** A vertical count axis at {@code x} from {@code top} down {@code height} pixels: 0, half and {@code max}, and its name. */
    private static void countAxis(StringBuilder s, int x, int top, int height, long max, String name) {
        s.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", x, top, x, top + height));
        long[] ticks = max >= 2 ? new long[] {0, max / 2, max} : new long[] {0, max};
        for (long tick : ticks) {
            int y = top + height - (int) Math.round((double) tick / max * height);
            s.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", x - 4, y, x, y));
            s.append(f("<text class=\"axis-y\" x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"11\">%d</text>", x - 6, y + 4, tick));
        }
        s.append(f("<text class=\"axis-y\" x=\"12\" y=\"%d\" font-size=\"12\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">%s</text>",
                top + height / 2, top + height / 2, name));
    }

    private static long max(long[] values) {
        long max = 1;
        for (long v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static StringBuilder open(String id, int width, int height) {
        return new StringBuilder(f("<svg id=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
                id, width, height, width, height));
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
