package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.crmkit.marketing.review.ModerateReview;
import org.crmkit.marketing.review.ProductRating;
import org.crmkit.marketing.review.Review;
import org.crmkit.marketing.review.ReviewModerated;
import org.crmkit.marketing.review.ReviewRefusedException;
import org.crmkit.marketing.review.ReviewStatus;
import org.crmkit.marketing.review.ReviewWritten;
import org.crmkit.marketing.review.WriteReview;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * Reviews end to end through {@code crm.reviews()}: a review of a bought order line waits for
 * moderation, its first publication pays the review bonus once and counts in the product's rating,
 * a rejection needs a reason and takes it out of the rating; unbought lines, other customers' and
 * other tenants' orders, bad values, second reviews of a line and reused keys are refused with
 * nothing written; export shows the text and erasure removes it, ratings unchanged.
 */
public abstract class ReviewContract extends ReviewFixture {

    @Test
    void a_review_of_a_bought_line_waits_for_moderation_and_counts_nowhere_yet() {
        // when
        Review review = reviews.write(review(li, "o-1", "tea", 5, "清香, fresh leaves"));

        // then
        assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(review.programmeId()).isEqualTo(PROGRAMME);
        assertThat(reviews.review(tenant, review.reviewId())).contains(review);
        assertThat(reviews.reviewsOf(tenant, li)).containsExactly(review);
        assertThat(reviews.rating(tenant, "tea").reviews()).isZero();
        assertThat(reviews.reviewsOfProduct(tenant, "tea", ReviewStatus.PENDING, PageRequest.first(10)).items()).containsExactly(review);
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).filteredOn(ReviewWritten.class::isInstance).hasSize(1);
    }

    @Test
    void publishing_pays_the_review_bonus_once_and_counts_the_stars_in_the_products_rating() {
        // given
        Review review = write(li, "o-1", "tea", 4);
        long before = available(li);

        // when
        Review published = publish(review);
        Review again = publish(review);

        // then
        assertThat(published.status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(published.pointsAwarded()).isEqualTo(REVIEW_BONUS);
        assertThat(again).isEqualTo(published);
        assertThat(available(li) - before).isEqualTo(REVIEW_BONUS);
        ProductRating rating = reviews.rating(tenant, "tea");
        assertThat(rating.byStars()).containsExactly(0L, 0L, 0L, 1L, 0L);
        assertThat(rating.average()).isEqualByComparingTo("4.00");
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).filteredOn(ReviewModerated.class::isInstance)
                .extracting(e -> ((ReviewModerated) e).pointsAwarded()).containsExactly(REVIEW_BONUS);
    }

    @Test
    void the_rating_averages_only_the_published_reviews_of_the_product() {
        // given: three buyers of tea, one review rejected
        CustomerId wang = register(tenant, "Wang");
        bought(tenant, han, "o-3", true, "tea");
        bought(tenant, wang, "o-4", true, "tea");
        publish(write(li, "o-1", "tea", 5));
        publish(write(han, "o-3", "tea", 2));
        Review spam = write(wang, "o-4", "tea", 1);

        // when
        reviews.moderate(ModerateReview.reject(tenant, spam.reviewId(), "advertising", "mod-1"));

        // then
        ProductRating rating = reviews.rating(tenant, "tea");
        assertThat(rating.reviews()).isEqualTo(2);
        assertThat(rating.average()).isEqualByComparingTo(new BigDecimal("3.50"));
        assertThat(reviews.reviewsOfProduct(tenant, "tea", ReviewStatus.PUBLISHED, PageRequest.first(10)).items()).hasSize(2);
        assertThat(reviews.rating(tenant, "cup").reviews()).isZero();
    }

    @Test
    void a_published_review_taken_down_leaves_the_rating_and_published_again_pays_nothing_more() {
        // given
        Review review = publish(write(li, "o-1", "tea", 3));
        long afterBonus = available(li);

        // when
        Review rejected = reviews.moderate(ModerateReview.reject(tenant, review.reviewId(), "quotes a phone number", "mod-2"));
        ProductRating whileRejected = reviews.rating(tenant, "tea");
        Review republished = publish(review);

        // then
        assertThat(rejected.status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(rejected.moderationReason()).isEqualTo("quotes a phone number");
        assertThat(whileRejected.reviews()).isZero();
        assertThat(republished.status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(republished.pointsAwarded()).isEqualTo(REVIEW_BONUS);
        assertThat(republished.version()).isEqualTo(4);
        assertThat(available(li)).isEqualTo(afterBonus);
        assertThat(reviews.rating(tenant, "tea").byStars()).containsExactly(0L, 0L, 1L, 0L, 0L);
    }

    @Test
    void a_review_of_an_order_outside_any_programme_is_published_without_points() {
        // given
        bought(tenant, li, "o-offline", false, "tea");
        long before = available(li);

        // when
        Review published = publish(write(li, "o-offline", "tea", 5));

        // then
        assertThat(published.programmeId()).isNull();
        assertThat(published.pointsAwarded()).isZero();
        assertThat(available(li)).isEqualTo(before);
        assertThat(reviews.rating(tenant, "tea").reviews()).isEqualTo(1);
    }

    @Test
    void a_review_of_an_unbought_product_another_customers_order_or_an_unknown_order_is_refused_with_nothing_written() {
        // given
        Outboxes.drainEventsOf(crm.outbox(), tenant);

        // then
        assertThatThrownBy(() -> write(li, "o-1", "kettle", 5)).isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("kettle").hasMessageContaining("no line");
        assertThatThrownBy(() -> write(li, "o-2", "kettle", 5)).isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("another customer");
        assertThatThrownBy(() -> write(li, "o-404", "tea", 5)).isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("no such order");
        assertThat(reviews.reviewsOf(tenant, li)).isEmpty();
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).isEmpty();
    }

    @Test
    void another_tenants_order_customer_and_review_behave_as_unknown() {
        // given: the same ids in another tenant
        TenantId other = Tenants.fresh();
        CustomerId stranger = register(other, "Stranger");
        bought(other, stranger, "o-9", false, "tea");
        Review ours = write(li, "o-1", "tea", 5);

        // then
        assertThatThrownBy(() -> reviews.write(new WriteReview(tenant, li, "o-9", "tea", 5, "not mine", key("x"))))
                .isInstanceOf(ReviewRefusedException.class);
        assertThatThrownBy(() -> reviews.write(new WriteReview(tenant, stranger, "o-9", "tea", 5, "wrong tenant", key("x"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.moderate(ModerateReview.publish(other, ours.reviewId(), "mod-1")))
                .isInstanceOf(NotFoundException.class);
        assertThat(reviews.review(other, ours.reviewId())).isEmpty();
        assertThat(reviews.reviewsOf(other, stranger)).isEmpty();
        assertThat(reviews.review(tenant, ours.reviewId()).orElseThrow().status()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void stars_outside_one_to_five_and_blank_text_are_refused_listing_every_violation() {
        for (int stars : new int[] {0, 6}) {
            assertThatThrownBy(() -> reviews.write(review(li, "o-1", "tea", stars, " ")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                            .contains("stars", "text"));
        }
        assertThatThrownBy(() -> reviews.write(review(li, "o-1", "tea", 3, "x".repeat(WriteReview.MAX_TEXT + 1))))
                .isInstanceOf(ValidationException.class);
        assertThat(reviews.reviewsOf(tenant, li)).isEmpty();
    }

    @Test
    void a_rejection_needs_a_reason_and_pending_is_no_decision() {
        // given
        Review review = write(li, "o-1", "tea", 2);

        // then
        assertThatThrownBy(() -> reviews.moderate(new ModerateReview(tenant, review.reviewId(), ReviewStatus.REJECTED, null, "mod-1")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("reason"));
        assertThatThrownBy(() -> reviews.moderate(new ModerateReview(tenant, review.reviewId(), ReviewStatus.PENDING, null, "mod-1")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("decision"));
        assertThatThrownBy(() -> reviews.moderate(ModerateReview.publish(tenant, "no-such-review", "mod-1"))).isInstanceOf(NotFoundException.class);
        assertThat(reviews.review(tenant, review.reviewId()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void replaying_a_write_returns_the_first_review_and_the_key_cannot_carry_another_review() {
        // given
        WriteReview command = review(li, "o-1", "tea", 5, "good");
        Review first = reviews.write(command);

        // when
        Review replay = reviews.write(command);

        // then
        assertThat(replay).isEqualTo(first);
        assertThat(reviews.reviewsOf(tenant, li)).hasSize(1);
        assertThatThrownBy(() -> reviews.write(new WriteReview(tenant, li, "o-1", "cup", 5, "good", command.idempotencyKey())))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void an_order_line_takes_one_review_whatever_the_key() {
        // given
        Review first = write(li, "o-1", "tea", 5);

        // then
        assertThatThrownBy(() -> write(li, "o-1", "tea", 1)).isInstanceOf(ConflictException.class)
                .hasMessageContaining(first.reviewId());
        assertThat(write(li, "o-1", "cup", 1).sku()).isEqualTo("cup");
        assertThat(reviews.reviewsOf(tenant, li)).hasSize(2);
    }

    @Test
    void the_pages_of_a_products_reviews_come_newest_first_without_gaps_or_repeats() {
        // given: seven buyers of tea, every review published
        for (int i = 0; i < 7; i++) {
            CustomerId buyer = register(tenant, "Buyer " + i);
            bought(tenant, buyer, "o-page-" + i, false, "tea");
            publish(write(buyer, "o-page-" + i, "tea", 1 + i % 5));
        }

        // when
        var first = reviews.reviewsOfProduct(tenant, "tea", ReviewStatus.PUBLISHED, PageRequest.first(3));
        var second = reviews.reviewsOfProduct(tenant, "tea", ReviewStatus.PUBLISHED, PageRequest.after(first.nextCursor().orElseThrow(), 3));
        var third = reviews.reviewsOfProduct(tenant, "tea", ReviewStatus.PUBLISHED, PageRequest.after(second.nextCursor().orElseThrow(), 3));

        // then
        List<String> ids = new java.util.ArrayList<>();
        List.of(first, second, third).forEach(p -> p.items().forEach(r -> ids.add(r.reviewId())));
        assertThat(ids).hasSize(7).doesNotHaveDuplicates();
        assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(third.nextCursor()).isEmpty();
    }

    @Test
    void export_holds_the_review_text_and_erasure_removes_it_keeping_stars_and_ratings() {
        // given
        Review review = publish(reviews.write(review(li, "o-1", "tea", 4, "Li Lei here, call 13912345678")));

        // when
        Map<String, Object> before = crm.privacy().exportDocument(tenant, li);
        crm.privacy().erase(tenant, li);
        Map<String, Object> after = crm.privacy().exportDocument(tenant, li);

        // then
        assertThat(before.get("reviews").toString()).contains("13912345678");
        assertThat(after.get("reviews").toString()).doesNotContain("13912345678").contains(PersonalData.ERASED);
        Review erased = reviews.review(tenant, review.reviewId()).orElseThrow();
        assertThat(erased.text()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.stars()).isEqualTo(4);
        assertThat(reviews.rating(tenant, "tea").byStars()).containsExactly(0L, 0L, 0L, 1L, 0L);
        List<DomainEvent> events = Outboxes.drainEventsOf(crm.outbox(), tenant);
        assertThat(events.toString()).doesNotContain("13912345678");
    }
}
