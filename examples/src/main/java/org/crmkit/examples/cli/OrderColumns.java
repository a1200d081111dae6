package org.crmkit.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which header names hold the customer id, the date and the amount: {@code customer_id}, {@code
 * date} and {@code amount} unless {@code --columns} maps them to others. Header names match when
 * equal ignoring case and surrounding spaces.
 *
 * @param customer header name of the customer id column
 * @param date     header name of the date column
 * @param amount   header name of the amount column
 */
record OrderColumns(String customer, String date, String amount) {

    static final String CUSTOMER = "customer_id";
    static final String DATE = "date";
    static final String AMOUNT = "amount";

    /**
     * The default names with {@code overrides} (logical name to header name) applied.
     *
     * @throws IllegalArgumentException if a key is not one of customer_id, date, amount or a name is blank
     */
    static OrderColumns of(Map<String, String> overrides) {
        Map<String, String> names = new LinkedHashMap<>(Map.of(CUSTOMER, CUSTOMER, DATE, DATE, AMOUNT, AMOUNT));
        if (overrides != null) {
            overrides.forEach((key, name) -> {
                String logical = key.trim().toLowerCase(java.util.Locale.ROOT);
                checkArgument(names.containsKey(logical), "--columns: unknown column '%s'; map customer_id, date or amount, e.g."
                        + " customer_id=cust,date=order_date,amount=total", key);
                checkArgument(name != null && !name.isBlank(), "--columns: the column name for %s is empty", key);
                names.put(logical, name.trim());
            });
        }
        return new OrderColumns(names.get(CUSTOMER), names.get(DATE), names.get(AMOUNT));
    }

    /**
     * Positions of the customer id, date and amount columns in {@code header}.
     *
     * @throws RowError naming the missing column and the header's columns
     */
    int[] positions(List<String> header) throws RowError {
        return new int[] {position(header, customer, CUSTOMER), position(header, date, DATE), position(header, amount, AMOUNT)};
    }

    private static int position(List<String> header, String name, String logical) throws RowError {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new RowError("the header has no column '" + name + "' (it has " + String.join(", ", header) + "); name the "
                + logical + " column with --columns " + logical + "=NAME");
    }
}
