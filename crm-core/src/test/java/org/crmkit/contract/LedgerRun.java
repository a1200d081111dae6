package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.crmkit.Crm;
import org.crmkit.contract.LedgerModel.Outcome;
import org.crmkit.contract.LedgerStep.MoveClock;
import org.crmkit.contract.LedgerStep.Operation;
import org.crmkit.contract.LedgerStep.ReadBalance;
import org.crmkit.contract.LedgerStep.SettleDue;
import org.crmkit.contract.LedgerStep.World;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.RedemptionQuote;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;

/**
 * One seeded sequence against one storage, in a fresh tenant: generates a step, predicts it with
 * the {@link LedgerModel}, runs it, replays a random earlier operation, and has {@link
 * LedgerObserver} check every invariant. A failure names the seed and lists every step so far.
 */
final class LedgerRun {

    static final int CUSTOMERS = 4;

    /** A successful operation and the receipt it got, for replays. */
    private record Done(Operation operation, PointsReceipt receipt) {}

    private final long seed;
    private final DebtPolicy policy;
    private final MutableClock clock = MutableClock.atSomeMoment();
    private final Crm crm;
    private final CrmStorage storage;
    private final Random random;
    private final LedgerModel model;
    private final LedgerStepGenerator generator;
    private final World world;
    private final LedgerObserver observer;
    private final List<String> log = new ArrayList<>();
    private final List<Done> done = new ArrayList<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();

    LedgerRun(CrmStorage storage, long seed, DebtPolicy policy) {
        this.storage = storage;
        this.seed = seed;
        this.policy = policy;
        this.random = new Random(seed);
        this.crm = Crm.builder().storage(storage).clock(clock).build();
        TenantId tenant = Tenants.fresh();
        crm.loyalty().defineProgramme(LedgerPrograms.forInvariants(tenant, policy));
        List<CustomerId> ids = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            ids.add(crm.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Member " + i).build()).id());
        }
        this.world = new World(tenant, List.copyOf(ids));
        this.model = new LedgerModel(policy, CUSTOMERS, clock.instant());
        this.generator = new LedgerStepGenerator(random, CUSTOMERS);
        this.observer = new LedgerObserver(crm, storage.pointsLedger(), world, model);
    }

    /** Runs {@code steps} steps; throws an {@link AssertionError} naming the seed and the steps on the first failure. */
    String run(int steps) {
        for (int step = 0; step < steps; step++) {
            try {
                step(step);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(report(step, e), e);
            }
        }
        return "seed " + seed + " (" + policy + "): " + steps + " steps; done " + outcomes + "; by itself " + model.happened;
    }

    private void step(int step) {
        clock.advance(generator.pause());
        model.now = clock.instant();
        LedgerStep next = generator.next(model, step);
        if (next instanceof MoveClock move) {
            clock.advance(move.by());
            model.now = clock.instant();
        }
        log.add("#" + step + " " + model.now + " " + next);
        model.settleAll();
        String currentKey = null;
        List<String> entryIds = List.of();
        if (next instanceof Operation operation) {
            currentKey = operation.key();
            PointsReceipt receipt = perform(operation);
            if (receipt != null) {
                entryIds = receipt.entryIds();
                done.add(new Done(operation, receipt));
                model.keys.add(operation.key());
            }
            replayOneEarlierOperation();
        } else if (next instanceof SettleDue settle) {
            observer.settleDue(settle.shard(), settle.shards());
        } else if (next instanceof ReadBalance read) {
            RedemptionQuote quote = crm.loyalty().quote(world.tenant(), world.customer(read.customer()), LedgerStep.PROGRAMME,
                    LedgerStep.cny(read.payableCents()));
            model.settleAll();
            assertThat(quote.maxPoints()).as("quote for c%s paying %s cents", read.customer(), read.payableCents())
                    .isEqualTo(model.quote(read.customer(), read.payableCents()));
        }
        observer.observe(currentKey, entryIds);
    }

    /** Runs the operation and checks it against the model's prediction; returns the receipt, or null if refused. */
    private PointsReceipt perform(Operation operation) {
        Outcome expected = operation.expect(model);
        PointsReceipt receipt;
        try {
            receipt = operation.run(crm.loyalty(), world);
        } catch (RuleViolationException | IdempotencyKeyReusedException refused) {
            log.set(log.size() - 1, log.get(log.size() - 1) + " -> " + refused.getClass().getSimpleName());
            outcomes.merge(operation.getClass().getSimpleName() + " refused", 1, Integer::sum);
            assertThat(expected.refusal()).as("the model expected %s but the ledger refused: %s", expected, refused.getMessage())
                    .isEqualTo(refused.getClass());
            return null;
        }
        log.set(log.size() - 1, log.get(log.size() - 1) + " -> " + receipt.points() + " points, shortfall " + receipt.shortfall()
                + ", available " + receipt.availableAfter());
        assertThat(expected.refusal()).as("the model expected a refusal but the ledger did it: %s", receipt).isNull();
        outcomes.merge(operation.getClass().getSimpleName(), 1, Integer::sum);
        assertThat(receipt.operationKey()).isEqualTo(operation.key());
        assertThat(receipt.account()).isEqualTo(AccountRef.of(world.tenant(), world.customer(operation.customers().get(0)),
                LedgerStep.PROGRAMME));
        assertThat(List.of(receipt.points(), receipt.shortfall(), receipt.availableAfter(), (long) receipt.entryIds().size()))
                .as("points, shortfall, available after, entries of %s", receipt)
                .containsExactly(expected.points(), expected.shortfall(), expected.availableAfter(), (long) expected.entries());
        if (expected.hold() != null && expected.hold().id == null) {
            assertThat(receipt.holdId()).isNotNull();
            expected.hold().id = receipt.holdId();
        }
        return receipt;
    }

    /** Invariant 4: replaying an earlier operation with its key returns its receipt; the observer sees no new entry. */
    private void replayOneEarlierOperation() {
        if (done.isEmpty()) {
            return;
        }
        Done earlier = done.get(random.nextInt(done.size()));
        PointsReceipt again = earlier.operation().run(crm.loyalty(), world);
        assertThat(again).as("replay of %s", earlier.operation()).isEqualTo(earlier.receipt());
    }

    private String report(int step, Throwable failure) {
        StringBuilder out = new StringBuilder();
        out.append("ledger property failed at step ").append(step).append(" of seed ").append(seed).append(" with debt policy ")
                .append(policy).append(": ").append(failure.getMessage()).append('\n')
                .append("replay exactly with -Dcrmkit.seed=").append(seed).append(" -Dcrmkit.policy=").append(policy)
                .append(" -Dcrmkit.steps=").append(step + 1)
                .append(" (and -Dtest=<the storage's LedgerInvariants test>)\n")
                .append("tenant ").append(world.tenant()).append(", customers c0..c").append(CUSTOMERS - 1).append(" = ")
                .append(world.customers()).append('\n')
                .append("steps:\n");
        log.forEach(line -> out.append("  ").append(line).append('\n'));
        out.append("model:\n");
        for (int c = 0; c < CUSTOMERS; c++) {
            LedgerModel.Account a = model.account(c);
            out.append("  c").append(c).append(": available ").append(a.available()).append(", pending ").append(a.pending())
                    .append(", held ").append(model.held(c)).append(", debt ").append(a.debt).append('\n');
            a.openLots().forEach(l -> out.append("    ").append(l).append('\n'));
            model.openHolds(c).forEach(h -> out.append("    ").append(h).append('\n'));
        }
        return out.toString();
    }
}
