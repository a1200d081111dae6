package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.marketing.review.ModerateReview;
import org.crmkit.marketing.review.ProductRating;
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
 * A product's rating is cheap to read without a stopwatch: reading the rating of a product with
 * one published review and of one with {@value #MANY} sends the database the same statements and
 * reads back the same number of rows (one counter row), not one per review.
 */
class ReviewRatingReadCostTest {

    private static final int MANY = 150;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void a_rating_read_costs_the_same_statements_and_rows_for_one_review_as_for_many(Dialect dialect) {
        // given: one review of the cup, MANY of the tea, all published
        String url = TestDatabases.freshUrl(dialect);
        try (HikariDataSource pool = TestDatabases.pool(url, 2)) {
            JdbcStorage.create(pool);
            LedgerFailingDataSource counting = new LedgerFailingDataSource(pool);
            TenantId tenant = Tenants.fresh();
            Crm crm = Crm.builder().storage(JdbcStorage.withoutMigrating(counting, dialect)).clock(MutableClock.atSomeMoment()).build();
            publishedReview(crm, tenant, "cup", 0);
            for (int i = 1; i <= MANY; i++) {
                publishedReview(crm, tenant, "tea", i);
            }

            // when
            counting.count();
            ProductRating cup = crm.reviews().rating(tenant, "cup");
            List<String> cupStatements = counting.executedSql();
            int cupRows = counting.rowsRead();
            counting.count();
            ProductRating tea = crm.reviews().rating(tenant, "tea");
            List<String> teaStatements = counting.executedSql();
            int teaRows = counting.rowsRead();

            // then
            assertThat(cup.reviews()).isEqualTo(1);
            assertThat(tea.reviews()).isEqualTo(MANY);
            assertThat(teaStatements).as("statements of a rating read").isEqualTo(cupStatements);
            assertThat(teaRows).as("rows a rating read fetches").isEqualTo(cupRows).isEqualTo(1);
            System.out.println("rating read on " + dialect + ": " + teaStatements.size() + " statement(s), " + teaRows + " row, for 1 and "
                    + MANY + " published reviews alike");
        }
    }

    private static void publishedReview(Crm crm, TenantId tenant, String sku, int i) {
        CustomerId buyer = crm.customers().register(RegisterCustomer.of(tenant, "Buyer " + i, SourceChannel.APP)).id();
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, buyer, "o-" + i, Money.of("10.00", "CNY"))
                .withItems(List.of(PurchaseItem.of(sku, "goods", Money.of("10.00", "CNY")))));
        String id = crm.reviews().write(new WriteReview(tenant, buyer, "o-" + i, sku, 1 + i % 5, "review " + i, "review-" + i)).reviewId();
        crm.reviews().moderate(ModerateReview.publish(tenant, id, "mod-1"));
    }
}
