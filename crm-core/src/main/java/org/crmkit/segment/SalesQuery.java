package org.crmkit.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Asks for a sales report: revenue, orders, customers and average order value of the purchases in
 * {@code [from, until)} (days in the tenant's zone), broken down by {@code by}, restricted to the
 * rows whose dimensions have the values in {@code where} (a drill-down), and to the members of
 * {@code segment} if one is given.
 *
 * @param tenantId the tenant
 * @param from the first day
 * @param until the day after the last day, after {@code from}, at most 10 years later
 * @param currency the currency reported; orders paid in another are counted in {@link
 *     SalesReport#otherCurrencyOrders()} and left out
 * @param by the dimensions of a row, in column order, each at most once (empty: one row, the total)
 * @param where a value per dimension to keep (values are compared as the report prints them)
 * @param segment only the segment's members, evaluated today; or null for every customer
 * @param tierProgramme the programme whose tiers {@link SalesDimension#TIER} reads
 * @since 0.2
 */
public record SalesQuery(
        TenantId tenantId,
        LocalDate from,
        LocalDate until,
        Currency currency,
        List<SalesDimension> by,
        Map<SalesDimension, String> where,
        @Nullable Segment segment,
        ProgrammeId tierProgramme) {

    /** Checks the query as the record's description says and copies the collections. */
    public SalesQuery {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(from, "from");
        checkNotNull(until, "until");
        checkNotNull(currency, "currency");
        checkNotNull(tierProgramme, "tierProgramme");
        checkArgument(from.isBefore(until), "until %s must be after from %s", until, from);
        checkArgument(!until.isAfter(from.plusYears(10)), "a sales report covers at most 10 years, but %s to %s is longer", from, until);
        checkNotNull(by, "by");
        EnumSet<SalesDimension> seen = EnumSet.noneOf(SalesDimension.class);
        for (SalesDimension dimension : by) {
            checkArgument(dimension != null && seen.add(dimension), "each dimension may appear once in by, but got %s", by);
        }
        by = Collections.unmodifiableList(new ArrayList<>(by));
        checkNotNull(where, "where");
        where.forEach((dimension, value) -> {
            checkNotNull(dimension, "a where dimension");
            checkNotNull(value, "the where value of %s", dimension);
        });
        where = where.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(where));
    }

    /** The tenant's sales in {@code currency} over {@code [from, until)} by {@code by}, every customer, tiers of the default programme. */
    public static SalesQuery of(TenantId tenantId, LocalDate from, LocalDate until, Currency currency, SalesDimension... by) {
        return new SalesQuery(tenantId, from, until, currency, List.of(by), Map.of(), null, ProgrammeId.DEFAULT);
    }

    /**
     * Drills down: the rows of this query whose {@code dimension} is {@code value}, broken down by
     * {@code by} instead (e.g. from sales by region into one region's sales by month and category).
     */
    public SalesQuery drillDown(SalesDimension dimension, String value, SalesDimension... nextBy) {
        Map<SalesDimension, String> narrower = new EnumMap<>(SalesDimension.class);
        narrower.putAll(where);
        narrower.put(checkNotNull(dimension, "dimension"), checkNotNull(value, "value"));
        return new SalesQuery(tenantId, from, until, currency, List.of(nextBy), narrower, segment, tierProgramme);
    }

    /** This query restricted to the members of {@code members}. */
    public SalesQuery forSegment(Segment members) {
        return new SalesQuery(tenantId, from, until, currency, by, where, checkNotNull(members, "members"), tierProgramme);
    }

    /** This query reading tiers of another programme. */
    public SalesQuery withTierProgramme(ProgrammeId programme) {
        return new SalesQuery(tenantId, from, until, currency, by, where, segment, programme);
    }

    /** Whether a row needs the dimension's value, to print it or to filter by it. */
    boolean needs(SalesDimension dimension) {
        return by.contains(dimension) || where.containsKey(dimension);
    }

    /** The dimensions a row is keyed by, in column order. */
    List<SalesDimension> columns() {
        return new ArrayList<>(by);
    }
}
