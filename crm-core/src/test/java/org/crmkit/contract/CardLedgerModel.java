package org.crmkit.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardRuleException;
import org.crmkit.offer.card.InsufficientCardBalanceException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ValidationException;

/**
 * The reference model of {@link StoredValueInvariantsContract}: plain bookkeeping of one tenant's
 * cards and payments, written from the documented rules (not from the production code) and kept as
 * simple as possible: a balance and the count of entries per card, what each payment has left to
 * refund, and the instant each card expires.
 */
final class CardLedgerModel {

    static final ZoneId ZONE = Crm.DEFAULT_ZONE;

    /** One card as the model sees it. */
    static final class Card {
        final String id;
        final Currency currency;
        final CardExpiry expiry;
        final Instant issuedAt;
        BigDecimal balance;
        Instant expiresAt;
        boolean expired;
        int entries = 1;
        final Map<String, BigDecimal> totals = new LinkedHashMap<>();

        Card(String id, Currency currency, CardExpiry expiry, Instant issuedAt, BigDecimal initial) {
            this.id = id;
            this.currency = currency;
            this.expiry = expiry;
            this.issuedAt = issuedAt;
            this.balance = initial;
            this.expiresAt = expiryFrom(issuedAt);
            add("issued", initial);
        }

        /** Valid through the local day {@code months} after {@code from}; expired from the next local midnight. */
        Instant expiryFrom(Instant from) {
            return expiry.kind() == CardExpiry.Kind.NEVER ? null
                    : from.atZone(ZONE).toLocalDate().plusMonths(expiry.months()).plusDays(1).atStartOfDay(ZONE).toInstant();
        }

        boolean usableAt(Instant now) {
            return !expired && (expiresAt == null || now.isBefore(expiresAt));
        }

        void add(String total, BigDecimal amount) {
            totals.merge(total, amount, BigDecimal::add);
        }

        BigDecimal total(String name) {
            return totals.getOrDefault(name, BigDecimal.ZERO);
        }
    }

    /** A payment and what was refunded of it. */
    record Payment(Card card, BigDecimal amount, BigDecimal[] refunded) {}

    final List<Card> cards = new ArrayList<>();
    final Map<String, Payment> payments = new LinkedHashMap<>();
    Instant now;

    CardLedgerModel(Instant now) {
        this.now = now;
    }

    /** The exception an operation must end with, or null if it must succeed. */
    Class<? extends RuntimeException> topUp(Card card, BigDecimal amount, Currency currency) {
        if (!currency.equals(card.currency)) {
            return ValidationException.class;
        }
        if (!card.usableAt(now)) {
            return CardRuleException.class;
        }
        card.balance = card.balance.add(amount);
        card.add("toppedUp", amount);
        if (card.expiry.kind() == CardExpiry.Kind.MONTHS_AFTER_LAST_TOP_UP) {
            card.expiresAt = card.expiryFrom(now);
        }
        card.entries++;
        return null;
    }

    Class<? extends RuntimeException> pay(String key, Card card, BigDecimal amount, Currency currency) {
        if (!currency.equals(card.currency)) {
            return ValidationException.class;
        }
        if (!card.usableAt(now)) {
            return CardRuleException.class;
        }
        if (card.balance.compareTo(amount) < 0) {
            return InsufficientCardBalanceException.class;
        }
        card.balance = card.balance.subtract(amount);
        card.add("paid", amount);
        card.entries++;
        payments.put(key, new Payment(card, amount, new BigDecimal[] {BigDecimal.ZERO}));
        return null;
    }

    Class<? extends RuntimeException> refund(Payment payment, BigDecimal amount, Currency currency) {
        if (payment == null) {
            return NotFoundException.class;
        }
        Card card = payment.card();
        if (!currency.equals(card.currency)) {
            return ValidationException.class;
        }
        if (!card.usableAt(now)) {
            return CardRuleException.class;
        }
        if (payment.refunded()[0].add(amount).compareTo(payment.amount()) > 0) {
            return CardRuleException.class;
        }
        payment.refunded()[0] = payment.refunded()[0].add(amount);
        card.balance = card.balance.add(amount);
        card.add("refunded", amount);
        card.entries++;
        return null;
    }

    Class<? extends RuntimeException> transfer(Card from, Card to, BigDecimal amount, Currency currency) {
        if (from == to) {
            return ValidationException.class;
        }
        if (!currency.equals(from.currency) || !to.currency.equals(from.currency)) {
            return ValidationException.class;
        }
        if (!from.usableAt(now) || !to.usableAt(now)) {
            return CardRuleException.class;
        }
        if (from.balance.compareTo(amount) < 0) {
            return InsufficientCardBalanceException.class;
        }
        from.balance = from.balance.subtract(amount);
        to.balance = to.balance.add(amount);
        from.add("transferredOut", amount);
        to.add("transferredIn", amount);
        from.entries++;
        to.entries++;
        return null;
    }

    /** The batch: every active card past its expiry is zeroed (with an entry if it held money). */
    void expireDue() {
        for (Card card : cards) {
            if (!card.expired && card.expiresAt != null && !now.isBefore(card.expiresAt)) {
                card.expired = true;
                if (card.balance.signum() > 0) {
                    card.add("expired", card.balance);
                    card.balance = BigDecimal.ZERO;
                    card.entries++;
                }
            }
        }
    }
}
