package org.crmkit.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.LongStream;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Outboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ledger's invariants as a model-based property. Seeded random sequences of purchases
 * (pending points), grants, bonuses, holds, commits, releases, redemptions, refunds, transfers,
 * adjustments, batch settlements, balance reads and clock moves (minutes to months, so pending
 * windows pass, holds time out and lots expire) run against the storage and against an
 * independent {@link LedgerModel}. After every step {@link LedgerObserver} checks:
 *
 * <ol>
 *   <li>available = the remaining points of the unexpired available lots - debt, never negative
 *       unless the programme allows debt;
 *   <li>every entry read before is still there, unchanged (the statement only grows);
 *   <li>every account is conserved, and so is the tenant: credited = debited + available +
 *       pending + held;
 *   <li>replaying an earlier operation returns its receipt and writes nothing; no key has entries
 *       beyond its receipt's;
 * </ol>
 *
 * and that balances, account rows, open lots, open holds, receipts and the new entries are exactly
 * the model's. The property runs once per {@link DebtPolicy}.
 *
 * <p>A failure prints the seed, the debt policy and every step. To replay one exactly: {@code
 * -Dcrmkit.seed=<seed> -Dcrmkit.policy=<policy> -Dcrmkit.steps=<steps>}; {@code -Dcrmkit.runs=<n>}
 * adds more seeds.
 */
public abstract class LedgerInvariantsContract {

    /** The storage under test; may be shared with other tests (each run uses a fresh tenant). */
    protected abstract CrmStorage storage();

    /** Seeded sequences per debt policy. */
    protected int runsPerPolicy() {
        return 3;
    }

    /** Steps per sequence. */
    protected int stepsPerRun() {
        return 500;
    }

    @AfterEach
    void drainTheEventsOfTheRuns() {
        Outboxes.drainAll(storage().outbox());
    }

    @ParameterizedTest(name = "debt policy {0}")
    @EnumSource(DebtPolicy.class)
    void every_step_of_seeded_random_sequences_keeps_the_invariants_and_matches_the_reference_model(DebtPolicy policy) {
        // given
        String onlyPolicy = System.getProperty("crmkit.policy", "");
        assumeTrue(onlyPolicy.isBlank() || onlyPolicy.equals(policy.name()), "only " + onlyPolicy + " was asked for");
        int steps = Integer.getInteger("crmkit.steps", stepsPerRun());
        long[] seeds = seeds(policy);

        // when / then: every run checks after every step and fails with its seed and steps
        for (long seed : seeds) {
            System.out.println("ledger property: " + new LedgerRun(storage(), seed, policy).run(steps));
        }
    }

    private long[] seeds(DebtPolicy policy) {
        String seed = System.getProperty("crmkit.seed", "");
        if (!seed.isBlank()) {
            return new long[] {Long.parseLong(seed)};
        }
        int runs = Integer.getInteger("crmkit.runs", runsPerPolicy());
        return LongStream.range(0, runs).map(i -> 1_000L * (policy.ordinal() + 1) + i).toArray();
    }
}
