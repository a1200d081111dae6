package org.crmkit.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Fingerprint;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.shared.TenantId;

/**
 * Churn reasons: records one with the customer's {@code churn-reason:<code>} tag in one unit of
 * work (the tag is what {@code ChurnDimension.CHURN_REASON} groups churn rates by, so both agree),
 * and counts them by reason for a period of days in the tenant's zone.
 */
final class RecordingChurnReasons {

    /** What a replay with other content is told the key was first used for. */
    static final String OPERATION = "RECORD_CHURN_REASON";

    private final CustomerContext ctx;
    private final ChurnReasons reasons;
    private final ZoneId zone;

    RecordingChurnReasons(CustomerContext ctx, ChurnReasons reasons, ZoneId zone) {
        this.ctx = ctx;
        this.reasons = reasons;
        this.zone = zone;
    }

    ChurnReason record(RecordChurnReason command) {
        ctx.validator.check(command);
        String fingerprint = Fingerprint.of(command);
        TenantId tenant = command.tenantId();
        return UnitOfWork.retrying(ctx.transactions, () -> {
            Optional<StoredChurnReason> replay = reasons.byKey(tenant, command.idempotencyKey());
            if (replay.isPresent()) {
                if (!replay.get().fingerprint().equals(fingerprint)) {
                    throw new IdempotencyKeyReusedException(command.idempotencyKey(), OPERATION);
                }
                return replay.get().reason();
            }
            Customer customer = ctx.load(tenant, command.customerId());
            if (customer.isErased()) {
                throw new CustomerErasedException(command.customerId());
            }
            reasons.sideOf(tenant, command.code()).filter(side -> side != command.side()).ifPresent(side -> {
                throw new RuleViolationException("churn reason '" + command.code() + "' was recorded on the " + side + " side in this tenant;"
                        + " record it on that side, or use another code for a reason on the " + command.side() + " side");
            });
            Instant now = ctx.now();
            ChurnReason reason = new ChurnReason(tenant, command.customerId(), command.idempotencyKey(), command.occasion(), command.code(),
                    command.side(), command.note(), command.recordedBy(), now);
            if (!reasons.insert(new StoredChurnReason(fingerprint, reason))) {
                throw new DuplicateKeyException("churn reason", "idempotency key");
            }
            ctx.changeProfile(tenant, command.customerId(), null, current -> {
                Set<String> tags = new TreeSet<>(current.tags());
                tags.removeIf(tag -> tag.startsWith(ChurnReasons.TAG_PREFIX));
                tags.add(reason.tag());
                return current.withTags(tags);
            });
            ctx.events.publish(new ChurnReasonRecorded(ctx.ids.next(), now, tenant, command.customerId(), command.occasion(), command.code(),
                    command.side()));
            return reason;
        });
    }

    <T> T inTransaction(java.util.function.Supplier<T> work) {
        return ctx.transactions.inTransaction(work);
    }

    ChurnReasonReport report(TenantId tenantId, LocalDate from, LocalDate until) {
        if (!from.isBefore(until)) {
            throw new ValidationException("churnReasonReport", List.of(Violation.of("until", until, "must be after from (" + from + ")")));
        }
        List<ChurnReasonCount> counts = ctx.transactions.inTransaction(() -> reasons.counts(tenantId,
                from.atStartOfDay(zone).toInstant(), until.atStartOfDay(zone).toInstant()));
        Map<String, long[]> byCode = new TreeMap<>();
        Map<String, ChurnSide> sides = new TreeMap<>();
        for (ChurnReasonCount c : counts) {
            String key = c.side() + "\u0000" + c.code();
            sides.put(key, c.side());
            byCode.computeIfAbsent(key, k -> new long[2])[c.occasion() == ChurnOccasion.CHURNED ? 0 : 1] += c.count();
        }
        List<ChurnReasonReport.Row> rows = new ArrayList<>();
        long[][] totals = new long[2][2];
        byCode.forEach((key, n) -> {
            ChurnSide side = sides.get(key);
            rows.add(new ChurnReasonReport.Row(key.substring(key.indexOf('\u0000') + 1), side, n[0], n[1]));
            totals[side.ordinal()][0] += n[0];
            totals[side.ordinal()][1] += n[1];
        });
        rows.sort(Comparator.comparingLong(ChurnReasonReport.Row::total).reversed().thenComparing(ChurnReasonReport.Row::code)
                .thenComparing(ChurnReasonReport.Row::side));
        return new ChurnReasonReport(from, until, rows,
                new ChurnReasonReport.Row("enterprise", ChurnSide.ENTERPRISE, totals[0][0], totals[0][1]),
                new ChurnReasonReport.Row("customer", ChurnSide.CUSTOMER, totals[1][0], totals[1][1]));
    }
}
