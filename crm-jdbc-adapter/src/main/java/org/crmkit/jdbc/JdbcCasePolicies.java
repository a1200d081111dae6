package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.crmkit.complaint.CasePolicies;
import org.crmkit.complaint.CasePolicy;
import org.crmkit.shared.TenantId;

/** Case policies as JSON documents in crm_case_policy, one row per tenant. */
final class JdbcCasePolicies implements CasePolicies {

    private final JdbcTransactions transactions;

    JdbcCasePolicies(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(CasePolicy policy) {
        String json = Json.write(CasePolicyDocument.of(policy));
        transactions.withConnection(c -> {
            Sql.update(c, "DELETE FROM crm_case_policy WHERE tenant_id = ?", policy.tenantId().value());
            return Sql.update(c, "INSERT INTO crm_case_policy (tenant_id, policy) VALUES (?, ?)", policy.tenantId().value(), json);
        });
    }

    @Override
    public Optional<CasePolicy> find(TenantId tenantId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT policy FROM crm_case_policy WHERE tenant_id = ?", tenantId.value());
                    ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(Json.read(rs.getString(1), CasePolicyDocument.class).toPolicy(tenantId))
                        : Optional.<CasePolicy>empty();
            }
        });
    }
}
