package org.crmkit.loyalty;

import java.util.Optional;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * Port: stores each tenant's programmes.
 *
 * @since 0.1
 */
public interface ProgrammeRepository {

    /** Stores or replaces the programme. */
    void save(LoyaltyProgramme programme);

    /** The programme, if the tenant defined it. */
    Optional<LoyaltyProgramme> find(TenantId tenantId, ProgrammeId id);
}
