package org.crmkit.marketing.review;

import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Port: reviews and the per-product rating counters. Every method joins the storage's current unit
 * of work. {@link #insert} must be an atomic "insert if absent" on the review id, the idempotency key
 * and the order line, and {@link #addToRating} an atomic read-modify-write, since concurrent
 * reviews of one product may run in parallel transactions.
 *
 * @since 0.2
 */
public interface Reviews {

    /** Stores a new review; false (and nothing written) if its key or its order line is taken in the tenant. */
    boolean insert(StoredReview review);

    /** The review written under this idempotency key, if any. */
    Optional<StoredReview> byKey(TenantId tenantId, String idempotencyKey);

    /** The review of this order line, if any. */
    Optional<Review> ofLine(TenantId tenantId, String orderId, String sku);

    /** The review, if in the tenant. */
    Optional<Review> find(TenantId tenantId, String reviewId);

    /** The review, locked until the unit of work ends. */
    Optional<Review> lock(TenantId tenantId, String reviewId);

    /** Replaces a locked review's moderation state with {@code review}'s (status, reason, points, time, version). */
    void update(Review review);

    /** The customer's reviews, newest first. */
    List<Review> ofCustomer(TenantId tenantId, CustomerId customerId);

    /** The product's reviews in {@code status}, newest first (by review id, descending); the cursor is opaque. */
    Page<Review> ofProduct(TenantId tenantId, String sku, ReviewStatus status, PageRequest request);

    /** Adds {@code delta} (+1 or -1) to the product's count of published {@code stars}-star reviews, creating the counters at zero. */
    void addToRating(TenantId tenantId, String sku, int stars, long delta);

    /** The product's rating, if a review of it was ever published. */
    Optional<ProductRating> rating(TenantId tenantId, String sku);

    /** Replaces the text of each of the customer's reviews with {@link org.crmkit.shared.PersonalData#ERASED}. */
    void anonymise(TenantId tenantId, CustomerId customerId);
}
