package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.Shards;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch assessment: streams a programme's memberships in pages, and assesses the members of
 * one shard page by page, each page in one unit of work that locks them, reads their facts in one
 * go and writes their changes in one go.
 */
final class Assessments {

    private static final Logger log = LoggerFactory.getLogger(Assessments.class);
    private static final int PAGE = 500;

    private final TierContext ctx;

    Assessments(TierContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Checks the request, then assesses the members of shard {@code shard} of {@code shards} whose
     * assessment day {@code date} is, as {@link TierService#assess} describes.
     */
    AssessmentReport assess(TenantId tenantId, ProgrammeId programmeId, LocalDate date, int shard, int shards,
            AssessmentListener listener) {
        Limits.checkDate("assess", "date", checkNotNull(date, "date"));
        checkNotNull(listener, "listener");
        Shards.check(shard, shards);
        TierLadder ladder = ctx.transactions.inTransaction(() -> ctx.ladderOf(tenantId, programmeId));
        if (date.atStartOfDay(ladder.zone()).toInstant().isAfter(ctx.now())) {
            // running a future day now would mark it done for every member before it happens
            throw new ValidationException("assess", List.of(Violation.of("date", date,
                    "must not be after today in the ladder's zone; assess a day once it has begun")));
        }
        return run(ladder, date, shard, shards, listener);
    }

    /**
     * Assesses shard {@code shard} of {@code shards} of every stored ladder of the tenant (of every
     * tenant if null) for the day the clock's now falls on in the ladder's zone, as {@link
     * TierService#assessToday} describes.
     */
    List<AssessmentReport> assessToday(@Nullable TenantId tenantId, int shard, int shards) {
        Shards.check(shard, shards);
        List<LadderDefinition> ladders = ctx.transactions.inTransaction(() -> ctx.memberships.ladders(tenantId));
        List<AssessmentReport> reports = new ArrayList<>();
        RuntimeException failed = null;
        for (LadderDefinition definition : ladders) {
            try {
                TierLadder ladder = ctx.transactions.inTransaction(() -> ctx.ladderOf(definition.tenantId(), definition.programmeId()));
                reports.add(run(ladder, LocalDate.ofInstant(ctx.now(), ladder.zone()), shard, shards, AssessmentListener.NONE));
            } catch (RuntimeException e) {
                // one ladder this instance cannot load (a plug-in missing) must not starve the others
                log.warn("tier assessment of {}/{} shard {}/{} failed: {}", definition.tenantId(), definition.programmeId(), shard, shards,
                        e.toString());
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
        return reports;
    }

    /** Assesses shard {@code shard} of {@code shards} for {@code date}, each page's work a unit of work retried if it loses a race. */
    private AssessmentReport run(TierLadder ladder, LocalDate date, int shard, int shards, AssessmentListener listener) {
        long total = ctx.transactions.inTransaction(() -> ctx.memberships.count(ladder.tenantId(), ladder.programmeId()));
        Instant at = date.atStartOfDay(ladder.zone()).toInstant();
        long started = System.nanoTime();
        long examined = 0;
        long[] tally = new long[MemberWork.Outcome.values().length];
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            PageRequest current = request;
            Page<Membership> page = ctx.transactions.inTransaction(
                    () -> ctx.memberships.page(ladder.tenantId(), ladder.programmeId(), current));
            List<CustomerId> mine = page.items().stream().map(Membership::customerId)
                    .filter(id -> id.inShard(shard, shards)).toList();
            if (!mine.isEmpty()) {
                long[] outcomes = UnitOfWork.retrying(ctx.transactions, () -> assessPage(ladder, mine, date, at));
                for (int i = 0; i < tally.length; i++) {
                    tally[i] += outcomes[i];
                    examined += outcomes[i];
                }
            }
            double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
            listener.progress(examined, total, examined / seconds);
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().get(), PAGE);
        }
        AssessmentReport report = new AssessmentReport(date, examined, tally[MemberWork.Outcome.DOWNGRADED.ordinal()],
                tally[MemberWork.Outcome.UPGRADED.ordinal()], tally[MemberWork.Outcome.RETAINED.ordinal()],
                tally[MemberWork.Outcome.ALREADY_DONE.ordinal()]);
        log.info("tier assessment {} of {}/{} shard {}/{}: {}", date, ladder.tenantId(), ladder.programmeId(), shard, shards, report);
        return report;
    }

    /** Assesses some members inside one unit of work; returns how many had each outcome. */
    private long[] assessPage(TierLadder ladder, List<CustomerId> members, LocalDate date, Instant at) {
        Instant now = ctx.now();
        List<Membership> locked = ctx.memberships.lockAll(ladder.tenantId(), ladder.programmeId(), members);
        List<CustomerId> due = locked.stream()
                .filter(m -> !m.assessedBy(date) && ladder.policy().isAssessmentDay(date, m.joinedOn()))
                .map(Membership::customerId).toList();
        Map<CustomerId, List<MetricFact>> facts = ctx.memberships.facts(ladder.tenantId(), ladder.programmeId(), due);
        long[] outcomes = new long[MemberWork.Outcome.values().length];
        List<MemberWork> work = new ArrayList<>();
        for (Membership m : locked) {
            MemberWork member = new MemberWork(ladder, ctx.memberships, ctx.events, ctx.ids, m, facts.getOrDefault(m.customerId(), List.of()));
            outcomes[member.assess(date, at, now).ordinal()]++;
            work.add(member);
        }
        MemberWork.flushAll(ctx.memberships, work);
        return outcomes;
    }
}
