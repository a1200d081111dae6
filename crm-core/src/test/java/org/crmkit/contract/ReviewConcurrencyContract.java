package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crmkit.marketing.review.ModerateReview;
import org.crmkit.marketing.review.Review;
import org.crmkit.marketing.review.ReviewStatus;
import org.crmkit.marketing.review.WriteReview;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.junit.jupiter.api.Test;

/**
 * Reviews under contention: sixteen threads released together on one order line, with one key or
 * each its own, and on one review's publication. Asserts outcomes (one review, the bonus once, the
 * rating counted once), never timing.
 */
public abstract class ReviewConcurrencyContract extends ReviewFixture {

    private static final int THREADS = 16;

    @Test
    void sixteen_writers_of_one_order_line_with_their_own_keys_store_one_review() throws Exception {
        // when
        List<Object> outcomes = Together.run(THREADS, i -> () -> reviews.write(new WriteReview(tenant, li, "o-1", "tea", 1 + i % 5,
                "thread " + i, "line-" + i)));

        // then
        assertThat(outcomes).filteredOn(Review.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(THREADS - 1);
        assertThat(reviews.reviewsOf(tenant, li)).hasSize(1);
    }

    @Test
    void sixteen_replays_of_one_write_return_one_review() throws Exception {
        // given
        WriteReview command = new WriteReview(tenant, li, "o-1", "tea", 5, "same words", "same-key");

        // when
        List<Object> outcomes = Together.run(THREADS, i -> () -> reviews.write(command));

        // then
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Review.class));
        assertThat(outcomes.stream().map(o -> ((Review) o).reviewId()).distinct()).hasSize(1);
        assertThat(reviews.reviewsOf(tenant, li)).hasSize(1);
    }

    @Test
    void sixteen_moderators_publishing_one_review_pay_the_bonus_once_and_count_it_once() throws Exception {
        // given
        Review review = write(li, "o-1", "tea", 5);
        long before = available(li);

        // when
        List<Object> outcomes = Together.run(THREADS, i -> () -> reviews.moderate(ModerateReview.publish(tenant, review.reviewId(), "mod-" + i)));

        // then
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Review.class)
                .extracting(r -> ((Review) r).status()).isEqualTo(ReviewStatus.PUBLISHED));
        assertThat(available(li) - before).isEqualTo(REVIEW_BONUS);
        assertThat(reviews.rating(tenant, "tea").reviews()).isEqualTo(1);
    }

    @Test
    void sixteen_buyers_publishing_reviews_of_one_product_at_once_are_all_counted() throws Exception {
        // given: sixteen buyers of tea, each with a pending review
        List<Review> pending = new java.util.ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            CustomerId buyer = register(tenant, "Buyer " + i);
            bought(tenant, buyer, "o-many-" + i, true, "tea");
            pending.add(write(buyer, "o-many-" + i, "tea", 1 + i % 5));
        }

        // when
        List<Object> outcomes = Together.run(THREADS, i -> () -> publish(pending.get(i)));

        // then
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Review.class));
        assertThat(reviews.rating(tenant, "tea").byStars()).containsExactly(4L, 3L, 3L, 3L, 3L);
    }
}
