package org.crmkit.contract;

import java.util.List;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.BonusEvent;
import org.crmkit.marketing.review.ModerateReview;
import org.crmkit.marketing.review.Review;
import org.crmkit.marketing.review.ReviewService;
import org.crmkit.marketing.review.WriteReview;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.RecordPurchase;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the review suites share: a {@link Crm} over the storage under test, a fresh tenant per test
 * whose programme earns 1 point per yuan and gives a {@value #REVIEW_BONUS}-point review bonus, and
 * Li, who bought tea and a cup in order {@code o-1} (in the programme), and Han, who bought a kettle
 * in order {@code o-2}. It holds no tests itself.
 */
public abstract class ReviewFixture {

    protected static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;
    protected static final long REVIEW_BONUS = 20;

    protected final MutableClock clock = MutableClock.atSomeMoment();
    protected final TenantId tenant = Tenants.fresh();
    protected Crm crm;
    protected ReviewService reviews;
    protected CustomerId li;
    protected CustomerId han;
    private int keys;

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void buildCrmWithTwoBuyers() {
        crm = Crm.builder().storage(storage()).clock(clock).build();
        reviews = crm.reviews();
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).bonus(BonusEvent.REVIEW, REVIEW_BONUS).build());
        li = register(tenant, "Li Lei");
        han = register(tenant, "Han Meimei");
        bought(tenant, li, "o-1", true, "tea", "cup");
        bought(tenant, han, "o-2", true, "kettle");
    }

    protected CustomerId register(TenantId tenantId, String name) {
        return crm.customers().register(RegisterCustomer.of(tenantId, name, SourceChannel.APP)).id();
    }

    /** Records a paid order of one line per sku, 10 yuan each, in the programme or not. */
    protected void bought(TenantId tenantId, CustomerId who, String orderId, boolean inProgramme, String... skus) {
        List<PurchaseItem> items = java.util.Arrays.stream(skus).map(sku -> PurchaseItem.of(sku, "goods", cny("10.00"))).toList();
        RecordPurchase purchase = RecordPurchase.of(tenantId, who, orderId, cny("10.00").times(java.math.BigDecimal.valueOf(skus.length),
                java.math.RoundingMode.UNNECESSARY)).withItems(items).at(clock.instant());
        crm.commerce().recordPurchase(inProgramme ? purchase.inProgramme(PROGRAMME) : purchase);
    }

    /** A new idempotency key, unique within the test. */
    protected String key(String prefix) {
        return prefix + "-" + (++keys);
    }

    protected WriteReview review(CustomerId who, String orderId, String sku, int stars, String text) {
        return new WriteReview(tenant, who, orderId, sku, stars, text, key("review"));
    }

    protected Review write(CustomerId who, String orderId, String sku, int stars) {
        return reviews.write(review(who, orderId, sku, stars, stars + " stars for " + sku));
    }

    protected Review publish(Review review) {
        return reviews.moderate(ModerateReview.publish(tenant, review.reviewId(), "mod-1"));
    }

    protected long available(CustomerId who) {
        return crm.loyalty().balance(tenant, who, PROGRAMME).available();
    }

    protected static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
