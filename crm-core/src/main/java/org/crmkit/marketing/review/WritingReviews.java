package org.crmkit.marketing.review;

import java.time.Instant;
import java.util.Optional;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Fingerprint;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.value.history.Purchase;

/**
 * Writing a review: checks the order line against the purchase history the value context keeps,
 * then stores the review as pending, one per order line.
 */
final class WritingReviews {

    /** What a replay with other content is told the key was first used for. */
    static final String OPERATION = "WRITE_REVIEW";

    private final ReviewPorts ports;

    WritingReviews(ReviewPorts ports) {
        this.ports = ports;
    }

    Review write(WriteReview command) {
        ports.validator.check(command);
        String fingerprint = Fingerprint.of(command);
        TenantId tenant = command.tenantId();
        // two first runs of one key or one line race for the insert; the loser runs again and sees the winner's review
        return UnitOfWork.retrying(ports.transactions, () -> {
            Optional<Review> replay = replay(command, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
            ports.requireCustomer(tenant, command.customerId());
            Purchase purchase = boughtLine(command);
            Optional<Review> taken = ports.reviews.ofLine(tenant, command.orderId(), command.sku());
            if (taken.isPresent()) {
                // the line's review may be this very key's, committed by a concurrent first run since the replay check
                Optional<Review> late = replay(command, fingerprint);
                if (late.isPresent()) {
                    return late.get();
                }
                throw new ConflictException("product '" + command.sku() + "' of order '" + command.orderId() + "' was already reviewed ("
                        + "review " + taken.get().reviewId() + "); an order line takes one review");
            }
            Instant now = ports.now();
            Review review = new Review(tenant, ports.ids.next().toString(), command.customerId(), command.orderId(), command.sku(),
                    command.stars(), command.text(), ReviewStatus.PENDING, null, purchase.programmeId(), 0, now, null, 1);
            if (!ports.reviews.insert(new StoredReview(command.idempotencyKey(), fingerprint, review))) {
                throw new DuplicateKeyException("review", "order line or idempotency key");
            }
            ports.events.publish(new ReviewWritten(ports.ids.next(), now, tenant, review.reviewId(), review.customerId(), review.orderId(),
                    review.sku(), review.stars()));
            return review;
        });
    }

    /** The review written under the command's key, if any; refused if the key wrote another review. */
    private Optional<Review> replay(WriteReview command, String fingerprint) {
        Optional<StoredReview> stored = ports.reviews.byKey(command.tenantId(), command.idempotencyKey());
        if (stored.isPresent() && !stored.get().fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(command.idempotencyKey(), OPERATION);
        }
        return stored.map(StoredReview::review);
    }

    /** The purchase, if the customer bought the product in it; otherwise the refusal says why not. */
    private Purchase boughtLine(WriteReview command) {
        Purchase purchase = ports.value.purchase(command.tenantId(), command.orderId()).orElseThrow(() -> new ReviewRefusedException(
                "customer " + command.customerId().value() + " cannot review product '" + command.sku() + "' of order '" + command.orderId()
                        + "': the tenant's purchase history has no such order"));
        if (!purchase.customerId().equals(command.customerId())) {
            throw new ReviewRefusedException("customer " + command.customerId().value() + " cannot review order '" + command.orderId()
                    + "': another customer bought it");
        }
        if (purchase.items().stream().noneMatch(item -> item.sku().equals(command.sku()))) {
            throw new ReviewRefusedException("customer " + command.customerId().value() + " cannot review product '" + command.sku()
                    + "': order '" + command.orderId() + "' has no line for it (its lines: "
                    + purchase.items().stream().map(i -> i.sku()).distinct().toList() + ")");
        }
        return purchase;
    }
}
