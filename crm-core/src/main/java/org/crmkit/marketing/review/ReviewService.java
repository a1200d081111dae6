package org.crmkit.marketing.review;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.value.ValueService;

/**
 * Reviews and ratings' public API (评价): a customer reviews a line of an order they bought, a
 * moderator publishes or rejects it, a published review earns the programme's review bonus once,
 * and each product keeps a rating over its published reviews.
 *
 * <p>Each command runs in one unit of work, joining the caller's if there is one. A review is
 * checked against the purchase history that {@code crm.commerce()} records: the order must be the
 * customer's, in the tenant, with a line for the product. One review per order line: under replays
 * and concurrent writers, one is stored. The first publication credits the review bonus of the
 * programme the order fed ({@code EarningPolicy.bonuses()} for {@code BonusEvent.REVIEW}) under the
 * ledger key {@code review:} + the review id, in the same unit of work; publishing again after a
 * rejection credits nothing more. Thread-safe.
 *
 * @since 0.2
 */
public final class ReviewService {

    private final ReviewPorts ports;
    private final WritingReviews writing;
    private final ModeratingReviews moderating;

    /** Wires the service to its port and the services it uses; {@code Crm.builder()} does this for you. */
    public ReviewService(Reviews reviews, CustomerRepository customers, ValueService value, LoyaltyService loyalty,
            TransactionRunner transactions, EventPublisher events, CommandValidator validator, Clock clock, IdGenerator ids) {
        this.ports = new ReviewPorts(reviews, customers, value, loyalty, transactions, events, validator, clock, ids);
        this.writing = new WritingReviews(ports);
        this.moderating = new ModeratingReviews(ports);
    }

    /**
     * Writes a review, pending moderation. Replaying the key returns the review as it stands and
     * changes nothing.
     *
     * @return the review as stored
     * @throws org.crmkit.shared.ValidationException for bad values (stars outside 1 to 5, blank text); nothing stored
     * @throws org.crmkit.shared.NotFoundException if the customer is not in the tenant
     * @throws ReviewRefusedException if the tenant's purchase history has no such order, another
     *     customer bought it, or it has no line for the product
     * @throws org.crmkit.shared.ConflictException if the order line was already reviewed
     * @throws org.crmkit.shared.IdempotencyKeyReusedException if the key was used for another review
     */
    public Review write(WriteReview command) {
        return ServiceCalls.call(() -> writing.write(command));
    }

    /**
     * Publishes or rejects a review; deciding what it already is returns it unchanged. The first
     * publication credits the review bonus; the product's rating counts the review while it is published.
     *
     * @return the review as it now stands
     * @throws org.crmkit.shared.ValidationException for bad values, a PENDING decision or a rejection without a reason
     * @throws org.crmkit.shared.NotFoundException if the review is not in the tenant
     */
    public Review moderate(ModerateReview command) {
        return ServiceCalls.call(() -> moderating.moderate(command));
    }

    /** The review, if in the tenant. */
    public Optional<Review> review(TenantId tenantId, String reviewId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(reviewId, "reviewId");
            return ports.transactions.inTransaction(() -> ports.reviews.find(tenantId, reviewId));
        });
    }

    /** The customer's reviews, newest first. */
    public List<Review> reviewsOf(TenantId tenantId, CustomerId customerId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(customerId, "customerId");
            return ports.transactions.inTransaction(() -> ports.reviews.ofCustomer(tenantId, customerId));
        });
    }

    /** A page of the product's reviews in {@code status} (published ones to show, pending ones to moderate), newest first. */
    public Page<Review> reviewsOfProduct(TenantId tenantId, String sku, ReviewStatus status, PageRequest request) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(sku, "sku");
            checkNotNull(status, "status");
            checkNotNull(request, "request");
            return ports.transactions.inTransaction(() -> ports.reviews.ofProduct(tenantId, sku, status, request));
        });
    }

    /** The product's rating over its published reviews (all counts zero without one); one read. */
    public ProductRating rating(TenantId tenantId, String sku) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(sku, "sku");
            return ports.transactions.inTransaction(() -> ports.reviews.rating(tenantId, sku)).orElse(ProductRating.none(tenantId, sku));
        });
    }
}
