package org.crmkit.spring.shop;

import org.crmkit.Crm;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.value.history.RecordPurchase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The host's service: its own order row and crmkit's purchase in one Spring-managed transaction. */
@Service
public class Checkout {

    private final Crm crm;
    private final JdbcTemplate jdbc;

    // Crm first: Spring makes crmkit's storage before the JdbcTemplate, and so before the host's
    // Flyway unless the starter orders crmkit's migration after it.
    Checkout(Crm crm, JdbcTemplate jdbc) {
        this.crm = crm;
        this.jdbc = jdbc;
    }

    /** Records the order, then fails if told to, after crmkit's call returned. */
    @Transactional
    public void placeOrder(TenantId shop, CustomerId customer, String orderId, Money paid, boolean failAfterwards) {
        jdbc.update("INSERT INTO host_orders (order_id) VALUES (?)", orderId);
        crm.commerce().recordPurchase(RecordPurchase.of(shop, customer, orderId, paid).inProgramme(ProgrammeId.DEFAULT));
        if (failAfterwards) {
            throw new IllegalStateException("payment declined after the purchase was recorded");
        }
    }
}
