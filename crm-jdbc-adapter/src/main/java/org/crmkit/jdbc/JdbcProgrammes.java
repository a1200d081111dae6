package org.crmkit.jdbc;

import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.ProgrammeRepository;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/** Programmes in crm_loyalty_programme; the earning policy as JSON, the expiry policy as its spec. */
final class JdbcProgrammes implements ProgrammeRepository {

    private final JdbcTransactions transactions;

    JdbcProgrammes(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(LoyaltyProgramme p) {
        transactions.withConnection(c -> {
            Sql.update(c, "DELETE FROM crm_loyalty_programme WHERE tenant_id = ? AND programme_id = ?", p.tenantId().value(), p.id().value());
            return Sql.update(c, "INSERT INTO crm_loyalty_programme (tenant_id, programme_id, points_name, cash_points, cash_amount,"
                            + " currency, rounding, expiry_spec, pending_seconds, pending_nanos, hold_ttl_seconds, hold_ttl_nanos,"
                            + " debt_policy, max_share, min_points, multiple_of, zone, earning)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    p.tenantId().value(), p.id().value(), p.pointsName(), p.cashRate().points(), p.cashRate().cash().amount(),
                    p.cashRate().cash().currency().getCurrencyCode(), p.rounding(), p.expiry().spec(), p.pendingPeriod().getSeconds(),
                    p.pendingPeriod().getNano(), p.holdTtl().getSeconds(), p.holdTtl().getNano(), p.debtPolicy(), p.redemptionLimits().maxShareOfOrder(), p.redemptionLimits().minimumPoints(),
                    p.redemptionLimits().multipleOf(), p.zone().getId(), Json.write(p.earning()));
        });
    }

    @Override
    public Optional<LoyaltyProgramme> find(TenantId tenantId, ProgrammeId id) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT * FROM crm_loyalty_programme WHERE tenant_id = ? AND programme_id = ?",
                    tenantId.value(), id.value());
                    ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<LoyaltyProgramme>empty();
                }
                Currency currency = Currency.getInstance(rs.getString("currency"));
                return Optional.of(new LoyaltyProgramme(
                        tenantId,
                        id,
                        rs.getString("points_name"),
                        CashRate.of(rs.getLong("cash_points"), Money.of(rs.getBigDecimal("cash_amount").stripTrailingZeros(), currency)),
                        RoundingMode.valueOf(rs.getString("rounding")),
                        ExpiryPolicies.stored(rs.getString("expiry_spec")),
                        Duration.ofSeconds(rs.getLong("pending_seconds"), rs.getInt("pending_nanos")),
                        Duration.ofSeconds(rs.getLong("hold_ttl_seconds"), rs.getInt("hold_ttl_nanos")),
                        DebtPolicy.valueOf(rs.getString("debt_policy")),
                        new RedemptionLimits(rs.getBigDecimal("max_share").stripTrailingZeros(), rs.getLong("min_points"), rs.getLong("multiple_of")),
                        ZoneId.of(rs.getString("zone")),
                        Json.read(rs.getString("earning"), EarningPolicy.class)));
            }
        });
    }
}
