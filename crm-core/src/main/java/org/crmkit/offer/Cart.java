package org.crmkit.offer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.crmkit.shared.Money;

/**
 * A basket at checkout: its lines at list price and its shipping fee, all in one currency. Every
 * offer (member price, coupons, points as cash) reads the same cart. A cart is a value: building
 * one checks nothing, the service that receives it validates it and says what is wrong.
 *
 * @param lines 1 to 500 lines
 * @param shipping the shipping fee before any free-shipping benefit, not negative
 * @since 0.2
 */
public record Cart(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid CartLine> lines, @NotNull Money shipping) {

    /** Copies the lines; the services refuse a cart whose amounts are not all in one currency. */
    public Cart {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /** Whether every line is priced in the shipping fee's currency. */
    public boolean singleCurrency() {
        for (CartLine line : lines) {
            if (!line.unitPrice().currency().equals(shipping.currency())) {
                return false;
            }
        }
        return true;
    }

    /** The cart's currency. */
    public Currency currency() {
        return shipping.currency();
    }

    /** The sum of the lines' list amounts, without shipping. */
    public Money listAmount() {
        Money sum = Money.zero(currency());
        for (CartLine line : lines) {
            sum = sum.plus(line.listAmount());
        }
        return sum;
    }
}
