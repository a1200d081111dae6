package org.crmkit.segment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Revenue, orders, customers and average order value by the query's dimensions, from the purchase
 * history: revenue is what was paid less what was refunded; a fully refunded order does not count.
 * Export it with {@link #toCsv()} or {@link #toJson()}; drill into a row with {@link
 * SalesQuery#drillDown}.
 *
 * @param query what was asked
 * @param rows one row per combination of the dimensions' values that has sales, in key order
 * @param total every order the query kept, together
 * @param otherCurrencyOrders orders the query would have kept but were paid in another currency
 * @since 0.2
 */
public record SalesReport(SalesQuery query, List<Row> rows, Row total, long otherCurrencyOrders) {

    /** Copies the rows. */
    public SalesReport {
        rows = List.copyOf(rows);
    }

    /**
     * One row.
     *
     * @param key the dimensions' values, in the query's column order
     * @param revenue net revenue in the query's currency
     * @param orders orders with revenue in this row (an order split over categories counts in each)
     * @param customers distinct buyers of those orders
     */
    public record Row(List<String> key, BigDecimal revenue, long orders, long customers) {

        /** Copies the key. */
        public Row {
            key = List.copyOf(key);
        }

        /** Revenue per order, half up to cents; zero without orders. */
        public BigDecimal averageOrderValue() {
            return orders == 0 ? BigDecimal.ZERO.setScale(2) : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * The rows as CSV (RFC 4180: comma-separated, a header line, fields with a comma, quote or line
     * break quoted), the total last with {@code TOTAL} in the first key column.
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder();
        List<String> header = query.by().stream().map(SalesDimension::column).collect(Collectors.toList());
        header.addAll(List.of("revenue", "orders", "customers", "average_order_value"));
        csv.append(header.stream().map(SalesReport::csvField).collect(Collectors.joining(","))).append("\r\n");
        for (Row row : rows) {
            csvRow(csv, row.key(), row);
        }
        List<String> totalKey = query.by().isEmpty() ? List.of() : java.util.stream.Stream.concat(java.util.stream.Stream.of("TOTAL"),
                java.util.stream.Stream.generate(() -> "").limit(query.by().size() - 1L)).toList();
        csvRow(csv, totalKey, total);
        return csv.toString();
    }

    /**
     * The report as one JSON object: the query ({@code from}, {@code until}, {@code currency},
     * {@code by}, {@code where}), {@code rows} (each with its dimensions by column name and the
     * figures, amounts as strings), {@code total} and {@code otherCurrencyOrders}.
     */
    public String toJson() {
        StringBuilder json = new StringBuilder("{");
        json.append("\"from\":").append(jsonString(query.from().toString()))
                .append(",\"until\":").append(jsonString(query.until().toString()))
                .append(",\"currency\":").append(jsonString(query.currency().getCurrencyCode()))
                .append(",\"by\":[").append(query.by().stream().map(d -> jsonString(d.column())).collect(Collectors.joining(","))).append("]")
                .append(",\"where\":{").append(query.where().entrySet().stream()
                        .map(e -> jsonString(e.getKey().column()) + ":" + jsonString(e.getValue())).collect(Collectors.joining(","))).append("}")
                .append(",\"rows\":[");
        for (int i = 0; i < rows.size(); i++) {
            json.append(i == 0 ? "" : ",");
            jsonRow(json, rows.get(i));
        }
        json.append("],\"total\":");
        jsonRow(json, total);
        return json.append(",\"otherCurrencyOrders\":").append(otherCurrencyOrders).append("}").toString();
    }

    private void csvRow(StringBuilder csv, List<String> key, Row row) {
        List<String> fields = new java.util.ArrayList<>(key);
        fields.addAll(List.of(row.revenue().toPlainString(), Long.toString(row.orders()), Long.toString(row.customers()),
                row.averageOrderValue().toPlainString()));
        csv.append(fields.stream().map(SalesReport::csvField).collect(Collectors.joining(","))).append("\r\n");
    }

    private void jsonRow(StringBuilder json, Row row) {
        json.append("{");
        for (int i = 0; i < row.key().size(); i++) {
            json.append(jsonString(query.by().get(i).column())).append(":").append(jsonString(row.key().get(i))).append(",");
        }
        json.append("\"revenue\":").append(jsonString(row.revenue().toPlainString()))
                .append(",\"orders\":").append(row.orders())
                .append(",\"customers\":").append(row.customers())
                .append(",\"averageOrderValue\":").append(jsonString(row.averageOrderValue().toPlainString())).append("}");
    }

    private static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String jsonString(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
