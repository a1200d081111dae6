package org.crmkit.tier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TransactionRunner;
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

    private final Memberships memberships;
    private final TransactionRunner transactions;
    private final EventPublisher events;
    private final Supplier<Instant> clock;

    Assessments(Memberships memberships, TransactionRunner transactions, EventPublisher events, Supplier<Instant> clock) {
        this.memberships = memberships;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Assesses shard {@code shard} of {@code shards} for {@code date}.
     *
     * @param unit runs one page's work as a unit of work, retrying it if it loses a race
     */
    AssessmentReport run(TierLadder ladder, LocalDate date, int shard, int shards, AssessmentListener listener,
            Function<Supplier<long[]>, long[]> unit) {
        long total = transactions.inTransaction(() -> memberships.count(ladder.tenantId(), ladder.programmeId()));
        Instant at = date.atStartOfDay(ladder.zone()).toInstant();
        long started = System.nanoTime();
        long examined = 0;
        long[] tally = new long[MemberWork.Outcome.values().length];
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            PageRequest current = request;
            Page<Membership> page = transactions.inTransaction(() -> memberships.page(ladder.tenantId(), ladder.programmeId(), current));
            List<CustomerId> mine = page.items().stream().map(Membership::customerId)
                    .filter(id -> id.inShard(shard, shards)).toList();
            if (!mine.isEmpty()) {
                long[] outcomes = unit.apply(() -> assessPage(ladder, mine, date, at));
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
        Instant now = clock.get();
        List<Membership> locked = memberships.lockAll(ladder.tenantId(), ladder.programmeId(), members);
        List<CustomerId> due = locked.stream()
                .filter(m -> !m.assessedBy(date) && ladder.policy().isAssessmentDay(date, m.joinedOn()))
                .map(Membership::customerId).toList();
        Map<CustomerId, List<MetricFact>> facts = memberships.facts(ladder.tenantId(), ladder.programmeId(), due);
        long[] outcomes = new long[MemberWork.Outcome.values().length];
        List<MemberWork> work = new ArrayList<>();
        for (Membership m : locked) {
            MemberWork member = new MemberWork(ladder, memberships, events, m, facts.getOrDefault(m.customerId(), List.of()));
            outcomes[member.assess(date, at, now).ordinal()]++;
            work.add(member);
        }
        MemberWork.flushAll(memberships, work);
        return outcomes;
    }
}
