package org.crmkit.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * Some customers of one programme, as a WHERE clause for the tier tables: the range of their ids,
 * which indexes can seek (H2 does not seek an IN list on a later index column), then the ids
 * themselves. An IN list holds one page of members at most.
 */
final class MemberIds {

    static final String WHERE_PROGRAMME = " WHERE tenant_id = ? AND programme_id = ?";

    /** One member's rows: bind tenant, customer and programme. */
    static final String WHERE_MEMBER = " WHERE tenant_id = ? AND customer_id = ? AND programme_id = ?";

    private MemberIds() {}

    /** {@link #WHERE_PROGRAMME} narrowed to {@code count} customers; bind with {@link #params}. */
    static String where(int count) {
        return WHERE_PROGRAMME + " AND customer_id >= ? AND customer_id <= ? AND customer_id IN (" + Sql.placeholders(count) + ")";
    }

    /** The parameters of {@link #where}: tenant and programme, the ids' range, then the ids. */
    static Object[] params(TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        List<String> ids = customerIds.stream().map(CustomerId::value).sorted().toList();
        List<Object> params = new ArrayList<>(Arrays.asList(tenantId.value(), programmeId.value(), ids.get(0), ids.get(ids.size() - 1)));
        params.addAll(ids);
        return params.toArray();
    }
}
