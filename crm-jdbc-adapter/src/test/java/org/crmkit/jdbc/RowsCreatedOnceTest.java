package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.OpenCase;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.marketing.review.ModerateReview;
import org.crmkit.marketing.review.WriteReview;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.RecordPurchase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rows created at their first use (a product's rating, a year's case-number counter) are found, not inserted again, on every
 * later use: no statement fails there. On H2 a failed statement empties the connection's cache of parsed statements, so an
 * insert that hits the existing row on every review made H2 parse every statement after it anew (36,815 parses in a 500-customer
 * demo, 661 without).
 */
class RowsCreatedOnceTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void a_products_later_reviews_and_a_years_later_cases_run_no_failing_statement(Dialect dialect) {
        // given a product with one published review and a year with one case
        String url = TestDatabases.freshUrl(dialect);
        try (HikariDataSource pool = TestDatabases.pool(url, 2)) {
            JdbcStorage.create(pool);
            LedgerFailingDataSource counting = new LedgerFailingDataSource(pool);
            TenantId tenant = Tenants.fresh();
            Crm crm = Crm.builder().storage(JdbcStorage.withoutMigrating(counting, dialect)).clock(MutableClock.atSomeMoment()).build();
            CustomerId first = buyer(crm, tenant, 1);
            CustomerId second = buyer(crm, tenant, 2);
            publishedReview(crm, tenant, first, 1, 4);
            Case firstCase = crm.complaints().open(OpenCase.of(tenant, first, CaseType.COMPLAINT, "delivery", CaseChannel.APP, "late"));

            // when: the product's second review is published and the year's second case opened
            counting.count();
            publishedReview(crm, tenant, second, 2, 2);
            Case secondCase = crm.complaints().open(OpenCase.of(tenant, second, CaseType.COMPLAINT, "delivery", CaseChannel.APP, "late"));

            // then both counted on the rows the first ones created, and nothing failed on the way
            assertThat(counting.failedSql()).as("statements the database failed").isEmpty();
            assertThat(crm.reviews().rating(tenant, "tea").reviews()).isEqualTo(2);
            assertThat(crm.reviews().rating(tenant, "tea").average()).isEqualByComparingTo("3");
            assertThat(List.of(firstCase.number(), secondCase.number())).as("case numbers").doesNotHaveDuplicates();
            assertThat(secondCase.number()).endsWith("000002");
        }
    }

    private static CustomerId buyer(Crm crm, TenantId tenant, int i) {
        CustomerId buyer = crm.customers().register(RegisterCustomer.of(tenant, "Buyer " + i, SourceChannel.APP)).id();
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, buyer, "o-" + i, Money.of("10.00", "CNY"))
                .withItems(List.of(PurchaseItem.of("tea", "goods", Money.of("10.00", "CNY")))));
        return buyer;
    }

    private static void publishedReview(Crm crm, TenantId tenant, CustomerId buyer, int i, int stars) {
        String id = crm.reviews().write(new WriteReview(tenant, buyer, "o-" + i, "tea", stars, "review " + i, "review-" + i)).reviewId();
        crm.reviews().moderate(ModerateReview.publish(tenant, id, "mod-1"));
    }
}
