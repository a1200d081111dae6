package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.contract.PrivacyScenario.SECRETS;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.contract.PrivacyScenario;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.InteractionCommandBuilder;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The erasure contract at the storage: after {@code crm.privacy().erase}, no value of any text
 * column (CHAR, VARCHAR, CLOB, TEXT, JSON) of any crmkit table, outbox payloads and JSON documents
 * included, holds any of the erased person's strings; another customer's data is untouched; and the
 * ledger, purchase, value, tier and case figures read straight from the tables are as they were.
 * On a fresh H2 and a fresh PostgreSQL database each.
 */
class ErasureScanTest {

    private static final String OTHER_NAME = "Han Meimei 韩梅梅";
    private static final String OTHER_SUMMARY = "Han Meimei asked about gift cards";

    /** Figures erasure must keep, read from the tables themselves. */
    private static final List<String> FIGURES = List.of(
            "SELECT customer_id, programme_id, available, pending, held, debt, earned, adjusted_in, transferred_in, redeemed, expired,"
                    + " reversed, adjusted_out, transferred_out, version FROM crm_points_account ORDER BY customer_id, programme_id",
            "SELECT customer_id, programme_id, sequence, entry_id, entry_type, points, direction, available_after, operation_key, reference,"
                    + " actor, lots FROM crm_points_entry ORDER BY customer_id, programme_id, sequence",
            "SELECT SUM(points * direction), SUM(CASE WHEN direction > 0 THEN points ELSE 0 END) FROM crm_points_entry",
            "SELECT lot_id, original, remaining, status FROM crm_points_lot ORDER BY lot_id",
            "SELECT order_id, customer_id, paid, refunded, currency, payment_method, channel, items FROM crm_purchase ORDER BY order_id",
            "SELECT refund_id, order_id, amount FROM crm_purchase_refund ORDER BY refund_id",
            "SELECT customer_id, orders, paid, refunded, first_purchase_at, last_purchase_at FROM crm_purchase_summary ORDER BY customer_id",
            "SELECT customer_id, recency_days, frequency, monetary, r, f, m, segment, p_alive, clv, value_level FROM crm_customer_value"
                    + " ORDER BY customer_id",
            "SELECT customer_id, programme_id, tier_code, override_tier, override_until FROM crm_membership ORDER BY customer_id",
            "SELECT customer_id, programme_id, sequence, from_tier, to_tier, reason, metric, at FROM crm_tier_history"
                    + " ORDER BY customer_id, programme_id, sequence",
            "SELECT fact_key, spend_units, orders, growth FROM crm_tier_fact ORDER BY fact_key",
            "SELECT case_number, customer_id, status, priority, escalation_level, team, agent FROM crm_case ORDER BY case_number",
            "SELECT case_id, sequence, actor, audit_action, from_status, to_status FROM crm_case_audit ORDER BY case_id, sequence",
            "SELECT survey_key, customer_id, score, at FROM crm_nps_response ORDER BY survey_key",
            "SELECT customer_id, source_channel, lifecycle_stage, created_at FROM crm_customer ORDER BY customer_id",
            "SELECT review_id, customer_id, order_id, sku, stars, status, points_awarded FROM crm_review ORDER BY review_id",
            "SELECT sku, stars_1, stars_2, stars_3, stars_4, stars_5 FROM crm_product_rating ORDER BY sku",
            "SELECT survey_code, customer_id, points_awarded, responded_at FROM crm_survey_response ORDER BY survey_code, customer_id",
            "SELECT idempotency_key, customer_id, occasion, reason_code, side, recorded_at FROM crm_churn_reason ORDER BY idempotency_key",
            "SELECT opportunity_id, sequence, from_stage, to_stage, at FROM crm_sales_stage_step ORDER BY opportunity_id, sequence",
            "SELECT account_id, invoice_ref, amount, currency, issued_on, due_on, paid_on FROM crm_sales_invoice ORDER BY account_id, invoice_ref");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void after_erasure_no_text_column_of_any_table_holds_her_strings(Dialect dialect) throws SQLException {
        String url = TestDatabases.freshUrl(dialect);
        try (HikariDataSource pool = TestDatabases.pool(url, 2)) {
            // given: Qiu with activity in every context, and Han beside her
            MutableClock clock = MutableClock.at(LocalDateTime.parse("2026-03-02T10:00").atZone(Crm.DEFAULT_ZONE).toInstant());
            TenantId tenant = Tenants.fresh();
            Crm crm = Crm.builder().storage(JdbcStorage.create(pool)).clock(clock).build();
            PrivacyScenario story = PrivacyScenario.run(crm, clock, tenant);
            var han = crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName(OTHER_NAME).build()).id();
            crm.customers().recordInteraction(InteractionCommandBuilder.anInteraction(tenant, han).summary(OTHER_SUMMARY).build());
            List<String> before = SchemaScan.holders(pool, SECRETS);
            assertThat(before).as("the scan finds her strings before erasure, in every personal column the story fills")
                    .anyMatch(h -> h.startsWith("crm_customer.display_name")).anyMatch(h -> h.startsWith("crm_customer_contact.contact_value"))
                    .anyMatch(h -> h.startsWith("crm_customer.occupation")).anyMatch(h -> h.startsWith("crm_customer_preference.pref_value"))
                    .anyMatch(h -> h.startsWith("crm_interaction.summary")).anyMatch(h -> h.startsWith("crm_case.body"))
                    .anyMatch(h -> h.startsWith("crm_case_audit.note")).anyMatch(h -> h.startsWith("crm_nps_response.remark"))
                    .anyMatch(h -> h.startsWith("crm_points_entry.reason")).anyMatch(h -> h.startsWith("crm_membership.override_reason"))
                    .anyMatch(h -> h.startsWith("crm_tier_history.note")).anyMatch(h -> h.startsWith("crm_outbox.payload"))
                    .anyMatch(h -> h.startsWith("crm_review.review_text")).anyMatch(h -> h.startsWith("crm_survey_response.answers"))
                    .anyMatch(h -> h.startsWith("crm_churn_reason.note"))
                    .anyMatch(h -> h.startsWith("crm_sales_lead.doc")).anyMatch(h -> h.startsWith("crm_sales_opportunity.doc"))
                    .anyMatch(h -> h.startsWith("crm_sales_task.doc")).anyMatch(h -> h.startsWith("crm_sales_account.doc"));
            List<String> figures = figures(pool);

            // when
            crm.privacy().erase(tenant, story.qiu);

            // then
            assertThat(SchemaScan.holders(pool, SECRETS)).as("text values still holding the erased person's strings").isEmpty();
            assertThat(SchemaScan.holders(pool, List.of(OTHER_NAME, OTHER_SUMMARY))).hasSize(2);
            assertThat(figures(pool)).isEqualTo(figures);
        }
    }

    private static List<String> figures(HikariDataSource pool) throws SQLException {
        List<String> all = new ArrayList<>();
        for (String sql : FIGURES) {
            all.add(sql.substring(0, Math.min(60, sql.length())));
            all.addAll(SchemaScan.rows(pool, sql));
        }
        return all;
    }
}
