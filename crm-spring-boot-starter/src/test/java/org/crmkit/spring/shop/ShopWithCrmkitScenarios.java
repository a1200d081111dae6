package org.crmkit.spring.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.testing.ProgrammeBuilder.aProgramme;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a Spring Boot application with its own Flyway migration and {@code @Transactional} service
 * gets from the starter; run on each database by a subclass that names it.
 */
@SpringBootTest(classes = ShopApplication.class, properties = {"crmkit.zone=Europe/Paris", "spring.liquibase.enabled=false"})
abstract class ShopWithCrmkitScenarios {

    @Autowired
    Checkout checkout;
    @Autowired
    Crm crm;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<String> earningRulesRun;

    private TenantId shop;
    private Customer li;

    @BeforeEach
    void aShopWithAProgrammeAndACustomer() {
        shop = TenantId.of("shop-" + UUID.randomUUID());
        crm.loyalty().defineProgramme(aProgramme(shop).build());
        li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP));
        earningRulesRun.clear();
    }

    @Test
    void the_hosts_flyway_migration_and_crmkits_both_applied_the_hosts_first() {
        // given the application started on a fresh database
        // then
        Timestamp hostV1 = jdbc.queryForObject(
                "SELECT \"installed_on\" FROM \"flyway_schema_history\" WHERE \"version\" = '1' AND \"success\" = TRUE", Timestamp.class);
        Timestamp crmkitFirst = jdbc.queryForObject(
                "SELECT MIN(\"installed_on\") FROM \"crm_schema_history\" WHERE \"success\" = TRUE AND \"type\" <> 'BASELINE'", Timestamp.class);
        assertThat(crmkitFirst).isNotNull();
        assertThat(hostV1).isBeforeOrEqualTo(crmkitFirst);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_purchase", Long.class)).isNotNull();
    }

    @Test
    void a_transactional_method_that_throws_after_recording_a_purchase_leaves_neither_the_order_nor_the_purchase() {
        // when
        assertThatThrownBy(() -> checkout.placeOrder(shop, li.id(), "order-declined", Money.of("299.00", "CNY"), true))
                .isInstanceOf(IllegalStateException.class);
        // then
        assertThat(rows("host_orders", "order-declined")).isZero();
        assertThat(rows("crm_purchase", "order-declined")).isZero();
        assertThat(crm.value().summary(shop, li.id())).isEmpty();
    }

    @Test
    void a_transactional_method_that_commits_keeps_the_order_and_the_purchase() {
        // when
        checkout.placeOrder(shop, li.id(), "order-paid", Money.of("299.00", "CNY"), false);
        // then
        assertThat(rows("host_orders", "order-paid")).isOne();
        assertThat(rows("crm_purchase", "order-paid")).isOne();
        assertThat(crm.value().summary(shop, li.id()).orElseThrow().orders()).isOne();
    }

    @Test
    void crmkit_takes_the_earning_rule_beans_in_their_order_the_clock_bean_and_the_configured_zone() {
        // when
        checkout.placeOrder(shop, li.id(), "order-ruled", Money.of("10.00", "CNY"), false);
        // then
        assertThat(earningRulesRun).containsExactly("birthday-bonus", "weekend-bonus");
        assertThat(crm.clock().instant()).isEqualTo(ShopApplication.NOW);
        assertThat(crm.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    private long rows(String table, String orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE order_id = ?", Long.class, orderId);
    }
}
