package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.complaint.NpsResponse;
import org.crmkit.complaint.Surveys;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;

/** Opinion survey answers in crm_nps_response, keyed by the host's survey key. */
final class JdbcSurveys implements Surveys {

    private static final String COLUMNS = "customer_id, survey_key, score, remark, at";

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcSurveys(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public boolean addNps(NpsResponse r) {
        return transactions.withConnection(c -> dialect.insertIfAbsent(c, "INSERT INTO crm_nps_response (tenant_id, " + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?)", r.tenantId().value(), r.customerId().value(), r.surveyKey(), r.score(),
                Sql.text(r.comment()), r.at()));
    }

    @Override
    public Optional<NpsResponse> findNps(TenantId tenantId, String surveyKey) {
        List<NpsResponse> found = select(tenantId, "survey_key = ?", List.of(surveyKey), "");
        return found.stream().findFirst();
    }

    @Override
    public List<NpsResponse> npsOf(TenantId tenantId, CustomerId customerId) {
        return select(tenantId, "customer_id = ?", List.of(customerId.value()), " ORDER BY at DESC, survey_key DESC");
    }

    @Override
    public Page<NpsResponse> npsBetween(TenantId tenantId, Instant from, Instant to, PageRequest request) {
        List<Object> params = new ArrayList<>(List.of(from, to));
        String where = "at >= ? AND at < ?";
        if (request.cursorValue().isPresent()) {
            List<String> last = CursorCodec.decode(request.cursor(), 2);
            where += " AND (at, survey_key) > (?, ?)";
            params.add(CursorCodec.instantKey(request.cursor(), last.get(0)));
            params.add(last.get(1));
        }
        params.add(request.limit() + 1);
        List<NpsResponse> items = select(tenantId, where, params, " ORDER BY at, survey_key LIMIT ?");
        boolean more = items.size() > request.limit();
        List<NpsResponse> page = more ? items.subList(0, request.limit()) : items;
        NpsResponse last = page.isEmpty() ? null : page.get(page.size() - 1);
        return Page.of(page, more ? CursorCodec.encode(last.at().toString(), last.surveyKey()) : null);
    }

    private List<NpsResponse> select(TenantId tenantId, String where, List<Object> params, String tail) {
        return transactions.withConnection(c -> {
            List<Object> all = new ArrayList<>();
            all.add(tenantId.value());
            all.addAll(params);
            List<NpsResponse> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + COLUMNS + " FROM crm_nps_response WHERE tenant_id = ? AND " + where + tail,
                    all.toArray());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(read(tenantId, rs));
                }
            }
            return found;
        });
    }

    private static NpsResponse read(TenantId tenantId, ResultSet rs) throws SQLException {
        return new NpsResponse(tenantId, CustomerId.of(rs.getString("customer_id")), rs.getString("survey_key"), rs.getInt("score"),
                rs.getString("remark"), Sql.instant(rs, "at"));
    }

    @Override
    public void anonymiseNps(TenantId tenantId, CustomerId customerId) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_nps_response SET remark = ? WHERE tenant_id = ? AND customer_id = ?"
                + " AND remark IS NOT NULL AND remark <> ?", PersonalData.ERASED, tenantId.value(), customerId.value(), PersonalData.ERASED));
    }
}
