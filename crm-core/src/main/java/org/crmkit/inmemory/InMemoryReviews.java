package org.crmkit.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.marketing.review.ProductRating;
import org.crmkit.marketing.review.Review;
import org.crmkit.marketing.review.ReviewStatus;
import org.crmkit.marketing.review.Reviews;
import org.crmkit.marketing.review.StoredReview;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.TenantId;

final class InMemoryReviews implements Reviews {

    private record Id(TenantId tenantId, String value) {}

    private record Line(TenantId tenantId, String orderId, String sku) {}

    private final InMemoryTransactions transactions;
    private final Map<Id, StoredReview> byId = new HashMap<>();
    private final Map<Id, String> idByKey = new HashMap<>();
    private final Map<Line, String> idByLine = new HashMap<>();
    private final Map<Id, ProductRating> ratings = new HashMap<>();

    InMemoryReviews(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean insert(StoredReview stored) {
        return transactions.inTransaction(() -> {
            Review r = stored.review();
            Id id = new Id(r.tenantId(), r.reviewId());
            Id key = new Id(r.tenantId(), stored.idempotencyKey());
            Line line = new Line(r.tenantId(), r.orderId(), r.sku());
            if (byId.containsKey(id) || idByKey.containsKey(key) || idByLine.containsKey(line)) {
                return false;
            }
            byId.put(id, stored);
            idByKey.put(key, r.reviewId());
            idByLine.put(line, r.reviewId());
            transactions.onRollback(() -> {
                byId.remove(id);
                idByKey.remove(key);
                idByLine.remove(line);
            });
            return true;
        });
    }

    @Override
    public Optional<StoredReview> byKey(TenantId tenantId, String idempotencyKey) {
        return transactions.inTransaction(() -> Optional.ofNullable(idByKey.get(new Id(tenantId, idempotencyKey)))
                .map(id -> byId.get(new Id(tenantId, id))));
    }

    @Override
    public Optional<Review> ofLine(TenantId tenantId, String orderId, String sku) {
        return transactions.inTransaction(() -> Optional.ofNullable(idByLine.get(new Line(tenantId, orderId, sku)))
                .map(id -> byId.get(new Id(tenantId, id)).review()));
    }

    @Override
    public Optional<Review> find(TenantId tenantId, String reviewId) {
        return transactions.inTransaction(() -> Optional.ofNullable(byId.get(new Id(tenantId, reviewId))).map(StoredReview::review));
    }

    @Override
    public Optional<Review> lock(TenantId tenantId, String reviewId) {
        return find(tenantId, reviewId);
    }

    @Override
    public void update(Review review) {
        transactions.run(() -> replace(review));
    }

    private void replace(Review review) {
        Id id = new Id(review.tenantId(), review.reviewId());
        StoredReview before = byId.get(id);
        byId.put(id, new StoredReview(before.idempotencyKey(), before.fingerprint(), review));
        transactions.onRollback(() -> byId.put(id, before));
    }

    @Override
    public List<Review> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> byId.values().stream().map(StoredReview::review)
                .filter(r -> r.tenantId().equals(tenantId) && r.customerId().equals(customerId))
                .sorted(Comparator.comparing(Review::writtenAt).thenComparing(Review::reviewId).reversed())
                .toList());
    }

    @Override
    public Page<Review> ofProduct(TenantId tenantId, String sku, ReviewStatus status, PageRequest request) {
        return transactions.inTransaction(() -> {
            List<Review> matching = byId.values().stream().map(StoredReview::review)
                    .filter(r -> r.tenantId().equals(tenantId) && r.sku().equals(sku) && r.status() == status)
                    .filter(r -> request.cursorValue().map(after -> r.reviewId().compareTo(after) < 0).orElse(true))
                    .sorted(Comparator.comparing(Review::reviewId).reversed())
                    .limit(request.limit() + 1L)
                    .toList();
            boolean more = matching.size() > request.limit();
            List<Review> page = more ? matching.subList(0, request.limit()) : matching;
            return Page.of(page, more ? page.get(page.size() - 1).reviewId() : null);
        });
    }

    @Override
    public void addToRating(TenantId tenantId, String sku, int stars, long delta) {
        transactions.run(() -> {
            Id id = new Id(tenantId, sku);
            ProductRating before = ratings.get(id);
            List<Long> counts = new ArrayList<>((before == null ? ProductRating.none(tenantId, sku) : before).byStars());
            counts.set(stars - 1, counts.get(stars - 1) + delta);
            ratings.put(id, new ProductRating(tenantId, sku, counts));
            transactions.onRollback(() -> {
                if (before == null) {
                    ratings.remove(id);
                } else {
                    ratings.put(id, before);
                }
            });
        });
    }

    @Override
    public Optional<ProductRating> rating(TenantId tenantId, String sku) {
        return transactions.inTransaction(() -> Optional.ofNullable(ratings.get(new Id(tenantId, sku))));
    }

    @Override
    public void anonymise(TenantId tenantId, CustomerId customerId) {
        transactions.run(() -> {
            for (Review r : ofCustomer(tenantId, customerId)) {
                if (!r.text().equals(PersonalData.ERASED)) {
                    replace(withText(r, PersonalData.ERASED));
                }
            }
        });
    }

    private static Review withText(Review r, String text) {
        return new Review(r.tenantId(), r.reviewId(), r.customerId(), r.orderId(), r.sku(), r.stars(), text, r.status(),
                r.moderationReason(), r.programmeId(), r.pointsAwarded(), r.writtenAt(), r.moderatedAt(), r.version());
    }
}
