package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.crmkit.Crm;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.OpenCase;
import org.crmkit.customer.Customer;
import org.crmkit.customer.Interaction;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LotMovement;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.Money;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.InteractionCommandBuilder;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.RecordPurchase;
import org.junit.jupiter.api.Test;

/**
 * Every id crmkit assigns comes from the builder's {@link IdGenerator}: customer, interaction,
 * case, ledger entry, lot and hold ids, and the id of every event of every context. A generator
 * that remembers what it made sees each of them.
 */
public abstract class IdGeneratorContract {

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    /** Hands out version 7 UUIDs and remembers each. */
    private static final class RememberingIds implements IdGenerator {
        final Set<UUID> made = ConcurrentHashMap.newKeySet();
        private final IdGenerator delegate = IdGenerator.timeOrdered();

        @Override
        public UUID next() {
            UUID id = delegate.next();
            made.add(id);
            return id;
        }
    }

    @Test
    void every_door_takes_its_ids_from_the_generator_given_to_the_builder() {
        // given
        RememberingIds ids = new RememberingIds();
        Crm crm = Crm.builder().storage(storage()).idGenerator(ids).build();
        TenantId tenant = Tenants.fresh();
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());

        // when
        Customer li = crm.customers().register(RegisterCustomer.of(tenant, "Li Lei", SourceChannel.APP));
        Interaction call = crm.customers().recordInteraction(InteractionCommandBuilder.anInteraction(tenant, li.id()).build());
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, li.id(), "o-1", Money.of("300.00", "CNY")));
        crm.loyalty().grant(new GrantPoints(tenant, li.id(), ProgrammeId.DEFAULT, "g-1", 500, "welcome", null, "test"));
        PointsReceipt hold = crm.loyalty().hold(new HoldPoints(tenant, li.id(), ProgrammeId.DEFAULT, "h-1", 100, "o-2", null, null));
        Case opened = crm.complaints().open(OpenCase.of(tenant, li.id(), CaseType.COMPLAINT, "delivery", CaseChannel.APP, "late"));

        // then
        assertThat(ids.made).contains(
                uuid(li.id().value()), uuid(call.id()), uuid(hold.holdId()), uuid(opened.id().value()));
        var entries = crm.loyalty().statement(tenant, li.id(), ProgrammeId.DEFAULT, PageRequest.first(10)).items();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(2);
        assertThat(entries).extracting(LedgerEntry::entryId).allSatisfy(id -> assertThat(ids.made).contains(uuid(id)));
        assertThat(entries).flatExtracting(LedgerEntry::lots).extracting(LotMovement::lotId).isNotEmpty()
                .allSatisfy(id -> assertThat(ids.made).contains(uuid(id)));
        var events = Outboxes.drainEventsOf(crm.outbox(), tenant);
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .contains("CustomerRegistered", "InteractionRecorded", "PurchaseRecorded", "PointsEarned", "PointsHeld", "CaseOpened");
        assertThat(events).extracting(DomainEvent::eventId).allSatisfy(id -> assertThat(ids.made).contains(id));
    }

    private static UUID uuid(String text) {
        return UUID.fromString(text);
    }
}
