package org.crmkit.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/** Some customers of one programme, as a WHERE clause for the tier tables (the ids as an {@link IdList}). */
final class MemberIds {

    static final String WHERE_PROGRAMME = " WHERE tenant_id = ? AND programme_id = ?";

    /** One member's rows: bind tenant, customer and programme. */
    static final String WHERE_MEMBER = " WHERE tenant_id = ? AND customer_id = ? AND programme_id = ?";

    private MemberIds() {}

    /** {@link #WHERE_PROGRAMME} narrowed to {@code count} customers; bind with {@link #params}. */
    static String where(Dialect dialect, int count) {
        return WHERE_PROGRAMME + " AND " + IdList.condition(dialect, "customer_id", count);
    }

    /**
     * {@link #WHERE_PROGRAMME} narrowed to the range of {@code count} customers' ids, for a read whose caller keeps the rows of its
     * customers ({@link IdList#rangeCondition}); bind with {@link #rangeParams}.
     */
    static String rangeWhere(Dialect dialect, int count) {
        return WHERE_PROGRAMME + " AND " + IdList.rangeCondition(dialect, "customer_id", count);
    }

    /** The parameters of {@link #rangeWhere}: tenant and programme, then the range's. */
    static Object[] rangeParams(Dialect dialect, TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        List<Object> params = new ArrayList<>(List.of(tenantId.value(), programmeId.value()));
        params.addAll(IdList.rangeParams(dialect, customerIds.stream().map(CustomerId::value).toList()));
        return params.toArray();
    }

    /** The parameters of {@link #where}: tenant and programme, then the ids'. */
    static Object[] params(Dialect dialect, TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        List<Object> params = new ArrayList<>(List.of(tenantId.value(), programmeId.value()));
        params.addAll(IdList.params(dialect, customerIds.stream().map(CustomerId::value).toList()));
        return params.toArray();
    }
}
