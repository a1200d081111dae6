package org.crmkit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.ProgrammeRepository;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

final class InMemoryProgrammes implements ProgrammeRepository {

    private record Key(TenantId tenantId, ProgrammeId id) {}

    private final InMemoryTransactions transactions;
    private final Map<Key, LoyaltyProgramme> programmes = new HashMap<>();

    InMemoryProgrammes(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(LoyaltyProgramme programme) {
        transactions.run(() -> {
            Key key = new Key(programme.tenantId(), programme.id());
            LoyaltyProgramme before = programmes.put(key, programme);
            transactions.onRollback(() -> {
                if (before == null) {
                    programmes.remove(key);
                } else {
                    programmes.put(key, before);
                }
            });
        });
    }

    @Override
    public Optional<LoyaltyProgramme> find(TenantId tenantId, ProgrammeId id) {
        return transactions.inTransaction(() -> Optional.ofNullable(programmes.get(new Key(tenantId, id))));
    }
}
