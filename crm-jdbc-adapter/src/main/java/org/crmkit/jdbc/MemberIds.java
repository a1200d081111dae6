package org.crmkit.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * Some customers of one programme, as a WHERE clause for the tier tables. On H2: the range of their
 * ids, which indexes can seek (H2 does not seek an IN list on a later index column), then the ids
 * themselves in an IN list of one page of members at most. On PostgreSQL: one array parameter
 * ({@code = ANY (?)}), so the statement has the same text and one parameter whatever the count,
 * and is planned once rather than once per count with hundreds of parameters.
 */
final class MemberIds {

    static final String WHERE_PROGRAMME = " WHERE tenant_id = ? AND programme_id = ?";

    /** One member's rows: bind tenant, customer and programme. */
    static final String WHERE_MEMBER = " WHERE tenant_id = ? AND customer_id = ? AND programme_id = ?";

    private MemberIds() {}

    /** {@link #WHERE_PROGRAMME} narrowed to {@code count} customers; bind with {@link #params}. */
    static String where(Dialect dialect, int count) {
        if (dialect == Dialect.POSTGRESQL) {
            return WHERE_PROGRAMME + " AND customer_id = ANY (?)";
        }
        return WHERE_PROGRAMME + " AND customer_id >= ? AND customer_id <= ? AND customer_id IN (" + Sql.placeholders(count) + ")";
    }

    /** The parameters of {@link #where}: tenant and programme, then the ids (their range first on H2). */
    static Object[] params(Dialect dialect, TenantId tenantId, ProgrammeId programmeId, Collection<CustomerId> customerIds) {
        String[] ids = customerIds.stream().map(CustomerId::value).sorted().toArray(String[]::new);
        if (dialect == Dialect.POSTGRESQL) {
            return new Object[] {tenantId.value(), programmeId.value(), ids};
        }
        List<Object> params = new ArrayList<>(Arrays.asList(tenantId.value(), programmeId.value(), ids[0], ids[ids.length - 1]));
        params.addAll(Arrays.asList(ids));
        return params.toArray();
    }
}
