package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/** Reviews in crm_review, one row per order line; each product's rating counters in crm_product_rating. */
final class JdbcReviews implements Reviews {

    private static final String COLUMNS = "review_id, idempotency_key, fingerprint, customer_id, order_id, sku, stars, review_text, status,"
            + " moderation_reason, programme_id, points_awarded, written_at, moderated_at, version";
    private static final String[] STARS = {"stars_1", "stars_2", "stars_3", "stars_4", "stars_5"};

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final Dialect.LockingRead lock;

    JdbcReviews(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.lock = dialect.lockingRead("SELECT " + COLUMNS + " FROM crm_review WHERE tenant_id = ? AND review_id = ?",
                "UPDATE crm_review SET version = version WHERE tenant_id = ? AND review_id = ?");
    }

    @Override
    public boolean insert(StoredReview stored) {
        Review r = stored.review();
        return transactions.withConnection(c -> dialect.insertIfAbsent(c, "INSERT INTO crm_review (tenant_id, " + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.tenantId().value(), r.reviewId(), stored.idempotencyKey(),
                stored.fingerprint(), r.customerId().value(), r.orderId(), r.sku(), r.stars(), r.text(), r.status(),
                Sql.text(r.moderationReason()), Sql.text(r.programmeId() == null ? null : r.programmeId().value()), r.pointsAwarded(),
                r.writtenAt(), Sql.timestamp(r.moderatedAt()), r.version()));
    }

    @Override
    public Optional<StoredReview> byKey(TenantId tenantId, String idempotencyKey) {
        return select(tenantId, "idempotency_key = ?", List.of(idempotencyKey), "").stream().findFirst();
    }

    @Override
    public Optional<Review> ofLine(TenantId tenantId, String orderId, String sku) {
        return select(tenantId, "order_id = ? AND sku = ?", List.of(orderId, sku), "").stream().findFirst().map(StoredReview::review);
    }

    @Override
    public Optional<Review> find(TenantId tenantId, String reviewId) {
        return select(tenantId, "review_id = ?", List.of(reviewId), "").stream().findFirst().map(StoredReview::review);
    }

    @Override
    public Optional<Review> lock(TenantId tenantId, String reviewId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = lock.prepare(c, tenantId.value(), reviewId); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(tenantId, rs).review()) : Optional.empty();
            }
        });
    }

    @Override
    public void update(Review r) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_review SET status = ?, moderation_reason = ?, points_awarded = ?,"
                + " moderated_at = ?, version = ? WHERE tenant_id = ? AND review_id = ?", r.status(), Sql.text(r.moderationReason()),
                r.pointsAwarded(), Sql.timestamp(r.moderatedAt()), r.version(), r.tenantId().value(), r.reviewId()));
    }

    @Override
    public List<Review> ofCustomer(TenantId tenantId, CustomerId customerId) {
        return select(tenantId, "customer_id = ?", List.of(customerId.value()), " ORDER BY written_at DESC, review_id DESC").stream()
                .map(StoredReview::review).toList();
    }

    @Override
    public Page<Review> ofProduct(TenantId tenantId, String sku, ReviewStatus status, PageRequest request) {
        List<Object> params = new ArrayList<>(List.of(sku, status.name()));
        String where = "sku = ? AND status = ?";
        if (request.cursorValue().isPresent()) {
            where += " AND review_id < ?";
            params.add(request.cursor());
        }
        params.add(request.limit() + 1);
        List<Review> items = select(tenantId, where, params, " ORDER BY review_id DESC LIMIT ?").stream().map(StoredReview::review).toList();
        boolean more = items.size() > request.limit();
        List<Review> page = more ? items.subList(0, request.limit()) : items;
        return Page.of(page, more ? page.get(page.size() - 1).reviewId() : null);
    }

    @Override
    public void addToRating(TenantId tenantId, String sku, int stars, long delta) {
        String column = STARS[stars - 1];
        String add = "UPDATE crm_product_rating SET " + column + " = " + column + " + ? WHERE tenant_id = ? AND sku = ?";
        // a product's rating exists after its first review: add to it, and create it only when missing (see Dialect#insertIfAbsent)
        transactions.withConnection(c -> {
            if (Sql.update(c, add, delta, tenantId.value(), sku) > 0) {
                return 1;
            }
            dialect.insertIfAbsent(c, "INSERT INTO crm_product_rating (tenant_id, sku, stars_1, stars_2, stars_3, stars_4, stars_5)"
                    + " VALUES (?, ?, 0, 0, 0, 0, 0)", tenantId.value(), sku);
            return Sql.update(c, add, delta, tenantId.value(), sku);
        });
    }

    @Override
    public Optional<ProductRating> rating(TenantId tenantId, String sku) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT stars_1, stars_2, stars_3, stars_4, stars_5 FROM crm_product_rating"
                    + " WHERE tenant_id = ? AND sku = ?", tenantId.value(), sku); ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<Long> counts = new ArrayList<>();
                for (String column : STARS) {
                    counts.add(rs.getLong(column));
                }
                return Optional.of(new ProductRating(tenantId, sku, counts));
            }
        });
    }

    @Override
    public void anonymise(TenantId tenantId, CustomerId customerId) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_review SET review_text = ? WHERE tenant_id = ? AND customer_id = ?"
                + " AND review_text <> ?", PersonalData.ERASED, tenantId.value(), customerId.value(), PersonalData.ERASED));
    }

    private List<StoredReview> select(TenantId tenantId, String where, List<Object> params, String tail) {
        return transactions.withConnection(c -> {
            List<Object> all = new ArrayList<>();
            all.add(tenantId.value());
            all.addAll(params);
            List<StoredReview> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + COLUMNS + " FROM crm_review WHERE tenant_id = ? AND " + where + tail,
                    all.toArray());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(read(tenantId, rs));
                }
            }
            return found;
        });
    }

    private static StoredReview read(TenantId tenantId, ResultSet rs) throws SQLException {
        String programme = rs.getString("programme_id");
        Review review = new Review(tenantId, rs.getString("review_id"), CustomerId.of(rs.getString("customer_id")), rs.getString("order_id"),
                rs.getString("sku"), rs.getInt("stars"), rs.getString("review_text"), Sql.enumValue(rs, "status", ReviewStatus.class),
                rs.getString("moderation_reason"), programme == null ? null : ProgrammeId.of(programme), rs.getLong("points_awarded"),
                Sql.instant(rs, "written_at"), Sql.instant(rs, "moderated_at"), rs.getLong("version"));
        return new StoredReview(rs.getString("idempotency_key"), rs.getString("fingerprint"), review);
    }
}
