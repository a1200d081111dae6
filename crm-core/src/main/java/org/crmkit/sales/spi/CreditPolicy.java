package org.crmkit.sales.spi;

/**
 * Plug-in: decides a business account's credit terms from its payment history (003: 若付款记录良好,
 * 就可给客户优惠). Implementations must be thread-safe and must not call crmkit back. One policy is in
 * use: the one given to {@code Crm.builder().creditPolicy(...)}, else one discovered with {@link
 * java.util.ServiceLoader}, else {@link #standard()}.
 *
 * @since 0.2
 */
public interface CreditPolicy {

    /** The policy's name, reported in each {@link CreditTerms#policy()}. */
    String name();

    /**
     * The terms the history earns, with their reasons.
     *
     * @param history the account's last 12 months
     * @return the terms, in the account's currency
     */
    CreditTerms decide(PaymentHistory history);

    /**
     * The built-in policy, named {@code standard}. It judges the invoices of the history that were
     * due by {@code asOf}: on time if paid on or before the due date, late otherwise (paid late, or
     * still unpaid). Then, in this order:
     *
     * <ol>
     *   <li>an invoice unpaid more than 30 days past its due date: payment before delivery, no credit;
     *   <li>fewer than 3 invoices judged: payment before delivery, no credit (too little history);
     *   <li>at least 95% on time over at least 6 invoices: 60 days, a limit of three months' business;
     *   <li>at least 80% on time: 30 days, a limit of one month's business;
     *   <li>otherwise: payment before delivery, no credit.
     * </ol>
     *
     * A month's business is the larger of the invoiced total and the contacts' order value over the
     * 12 months, divided by 12, rounded down to whole currency units.
     */
    static CreditPolicy standard() {
        return new StandardCreditPolicy();
    }
}
