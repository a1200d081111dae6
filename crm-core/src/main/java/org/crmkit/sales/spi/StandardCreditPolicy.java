package org.crmkit.sales.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.sales.AccountInvoice;
import org.crmkit.shared.Money;

/** The rule {@link CreditPolicy#standard()} documents. */
final class StandardCreditPolicy implements CreditPolicy {

    private static final int SEVERELY_OVERDUE_DAYS = 30;
    private static final int MIN_INVOICES = 3;
    private static final int MIN_INVOICES_FOR_BEST = 6;
    private static final BigDecimal BEST_RATIO = new BigDecimal("0.95");
    private static final BigDecimal GOOD_RATIO = new BigDecimal("0.80");

    @Override
    public String name() {
        return "standard";
    }

    @Override
    public CreditTerms decide(PaymentHistory history) {
        Money zero = Money.zero(history.currency());
        List<String> reasons = new ArrayList<>();
        List<AccountInvoice> judged = history.invoices().stream().filter(i -> !i.dueOn().isAfter(history.asOf())).toList();
        long onTime = judged.stream().filter(AccountInvoice::paidOnTime).count();
        reasons.add(judged.size() + " invoices due in the 12 months to " + history.asOf() + ", " + onTime + " paid on time");
        List<AccountInvoice> overdue = judged.stream()
                .filter(i -> i.paidOn() == null && i.dueOn().plusDays(SEVERELY_OVERDUE_DAYS).isBefore(history.asOf())).toList();
        if (!overdue.isEmpty()) {
            reasons.add("invoice " + overdue.get(0).invoiceRef() + " is unpaid more than " + SEVERELY_OVERDUE_DAYS
                    + " days after its due date " + overdue.get(0).dueOn() + ": payment before delivery");
            return new CreditTerms(name(), 0, zero, reasons);
        }
        if (judged.size() < MIN_INVOICES) {
            reasons.add("fewer than " + MIN_INVOICES + " invoices to judge: payment before delivery until the history is longer");
            return new CreditTerms(name(), 0, zero, reasons);
        }
        BigDecimal ratio = BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(judged.size()), 4, RoundingMode.HALF_EVEN);
        Money month = monthlyBusiness(history, judged, reasons);
        if (ratio.compareTo(BEST_RATIO) >= 0 && judged.size() >= MIN_INVOICES_FOR_BEST) {
            reasons.add("on-time ratio " + ratio.toPlainString() + " >= " + BEST_RATIO.toPlainString() + " over at least "
                    + MIN_INVOICES_FOR_BEST + " invoices: 60 days, three months' business as the limit");
            return new CreditTerms(name(), 60, month.times(BigDecimal.valueOf(3), RoundingMode.DOWN), reasons);
        }
        if (ratio.compareTo(GOOD_RATIO) >= 0) {
            reasons.add("on-time ratio " + ratio.toPlainString() + " >= " + GOOD_RATIO.toPlainString()
                    + ": 30 days, one month's business as the limit");
            return new CreditTerms(name(), 30, month, reasons);
        }
        reasons.add("on-time ratio " + ratio.toPlainString() + " < " + GOOD_RATIO.toPlainString() + ": payment before delivery");
        return new CreditTerms(name(), 0, zero, reasons);
    }

    private static Money monthlyBusiness(PaymentHistory history, List<AccountInvoice> judged, List<String> reasons) {
        Money invoiced = judged.stream().map(AccountInvoice::amount).reduce(Money.zero(history.currency()), Money::plus);
        Money larger = invoiced.compareTo(history.orderValue()) >= 0 ? invoiced : history.orderValue();
        BigDecimal month = larger.amount().divide(BigDecimal.valueOf(PaymentHistory.MONTHS), 0, RoundingMode.DOWN);
        reasons.add("invoiced " + invoiced.amount().toPlainString() + ", orders " + history.orders() + " worth "
                + history.orderValue().amount().toPlainString() + " " + history.currency() + ": a month's business is "
                + month.toPlainString());
        return Money.of(month, history.currency());
    }
}
