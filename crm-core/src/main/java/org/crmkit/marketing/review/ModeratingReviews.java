package org.crmkit.marketing.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.earning.BonusEvent;
import org.crmkit.loyalty.EarnBonus;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/**
 * Moderation: moves a locked review between published and rejected, keeps the product's rating
 * counters in step, and credits the programme's review bonus on the first publication.
 */
final class ModeratingReviews {

    /** Starts the ledger key of a review bonus; the review id follows, so the bonus is credited once per review, and so once per order line. */
    static final String LEDGER_KEY_PREFIX = "review:";

    private final ReviewPorts ports;

    ModeratingReviews(ReviewPorts ports) {
        this.ports = ports;
    }

    Review moderate(ModerateReview command) {
        ports.validator.check(command);
        List<Violation> violations = new ArrayList<>();
        if (command.decision() == ReviewStatus.PENDING) {
            violations.add(Violation.of("decision", command.decision(), "must be PUBLISHED or REJECTED"));
        }
        if (command.decision() == ReviewStatus.REJECTED && (command.reason() == null || command.reason().isBlank())) {
            violations.add(Violation.of("reason", command.reason(), "must say why the review is rejected"));
        }
        ValidationException.throwIfAny(command, violations);
        return UnitOfWork.retrying(ports.transactions, () -> {
            Review review = ports.reviews.lock(command.tenantId(), command.reviewId())
                    .orElseThrow(() -> new NotFoundException("review", command.tenantId(), command.reviewId()));
            if (review.status() == command.decision()) {
                return review;
            }
            Instant now = ports.now();
            boolean firstPublication = command.decision() == ReviewStatus.PUBLISHED && review.pointsAwarded() == 0;
            long awarded = firstPublication ? award(review) : 0;
            Review next = review.moderated(command.decision(), command.reason(), review.pointsAwarded() + awarded, now);
            ports.reviews.update(next);
            if (review.status() == ReviewStatus.PUBLISHED) {
                ports.reviews.addToRating(review.tenantId(), review.sku(), review.stars(), -1);
            }
            if (next.status() == ReviewStatus.PUBLISHED) {
                ports.reviews.addToRating(review.tenantId(), review.sku(), review.stars(), 1);
            }
            ports.events.publish(new ReviewModerated(ports.ids.next(), now, review.tenantId(), review.reviewId(), review.customerId(),
                    review.sku(), next.status(), awarded));
            return next;
        });
    }

    /** The review bonus of the programme the order fed, credited now; 0 where the order fed none or it gives no review bonus. */
    private long award(Review review) {
        if (review.programmeId() == null) {
            return 0;
        }
        LoyaltyProgramme programme = ports.loyalty.programme(review.tenantId(), review.programmeId()).orElse(null);
        Long bonus = programme == null ? null : programme.earning().bonuses().get(BonusEvent.REVIEW);
        if (bonus == null || bonus <= 0) {
            return 0;
        }
        return ports.loyalty.earnBonus(new EarnBonus(review.tenantId(), review.customerId(), review.programmeId(),
                LEDGER_KEY_PREFIX + review.reviewId(), BonusEvent.REVIEW, review.reviewId())).points();
    }
}
