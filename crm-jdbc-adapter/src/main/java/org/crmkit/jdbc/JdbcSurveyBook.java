package org.crmkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.marketing.survey.Answer;
import org.crmkit.marketing.survey.Question;
import org.crmkit.marketing.survey.StoredSurveyResponse;
import org.crmkit.marketing.survey.Survey;
import org.crmkit.marketing.survey.SurveyBook;
import org.crmkit.marketing.survey.SurveyResponse;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/** Marketing surveys in crm_survey (the definition as JSON) and their responses in crm_survey_response (the answers as JSON). */
final class JdbcSurveyBook implements SurveyBook {

    private static final String RESPONSE_COLUMNS = "survey_code, customer_id, fingerprint, answers, points_awarded, responded_at";

    /** A survey's definition as stored in its JSON column. */
    record Definition(String title, List<Question> questions, @Nullable String rewardProgramme, long rewardPoints, Instant definedAt) {}

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcSurveyBook(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public boolean insertSurvey(Survey s) {
        String definition = Json.write(new Definition(s.title(), s.questions(), s.rewardProgramme() == null ? null : s.rewardProgramme().value(),
                s.rewardPoints(), s.definedAt()));
        return transactions.withConnection(c -> dialect.insertIfAbsent(c, "INSERT INTO crm_survey (tenant_id, survey_code, definition, version)"
                + " VALUES (?, ?, ?, 1)", s.tenantId().value(), s.code(), definition));
    }

    @Override
    public Optional<Survey> survey(TenantId tenantId, String code) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT definition FROM crm_survey WHERE tenant_id = ? AND survey_code = ?",
                    tenantId.value(), code); ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Definition d = Json.read(rs.getString("definition"), Definition.class);
                return Optional.of(new Survey(tenantId, code, d.title(), d.questions(),
                        d.rewardProgramme() == null ? null : ProgrammeId.of(d.rewardProgramme()), d.rewardPoints(), d.definedAt()));
            }
        });
    }

    @Override
    public boolean insertResponse(StoredSurveyResponse stored) {
        SurveyResponse r = stored.response();
        return transactions.withConnection(c -> dialect.insertIfAbsent(c, "INSERT INTO crm_survey_response (tenant_id, " + RESPONSE_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)", r.tenantId().value(), r.surveyCode(), r.customerId().value(), stored.fingerprint(),
                Json.write(r.answers()), r.pointsAwarded(), r.respondedAt()));
    }

    @Override
    public Optional<StoredSurveyResponse> response(TenantId tenantId, String surveyCode, CustomerId customerId) {
        return select(tenantId, "survey_code = ? AND customer_id = ?", List.of(surveyCode, customerId.value()), "").stream().findFirst();
    }

    @Override
    public List<SurveyResponse> responsesOf(TenantId tenantId, CustomerId customerId) {
        return select(tenantId, "customer_id = ?", List.of(customerId.value()), " ORDER BY responded_at DESC, survey_code DESC").stream()
                .map(StoredSurveyResponse::response).toList();
    }

    @Override
    public Page<SurveyResponse> responses(TenantId tenantId, String surveyCode, PageRequest request) {
        List<Object> params = new ArrayList<>(List.of(surveyCode));
        String where = "survey_code = ?";
        if (request.cursorValue().isPresent()) {
            where += " AND customer_id > ?";
            params.add(request.cursor());
        }
        params.add(request.limit() + 1);
        List<SurveyResponse> items = select(tenantId, where, params, " ORDER BY customer_id LIMIT ?").stream()
                .map(StoredSurveyResponse::response).toList();
        boolean more = items.size() > request.limit();
        List<SurveyResponse> page = more ? items.subList(0, request.limit()) : items;
        return Page.of(page, more ? page.get(page.size() - 1).customerId().value() : null);
    }

    @Override
    public void anonymise(TenantId tenantId, CustomerId customerId) {
        for (StoredSurveyResponse stored : select(tenantId, "customer_id = ?", List.of(customerId.value()), "")) {
            SurveyResponse r = stored.response();
            List<Answer> erased = r.answers().stream().map(a -> a.text() == null ? a
                    : new Answer(a.questionCode(), a.choices(), a.score(), PersonalData.ERASED)).toList();
            if (!erased.equals(r.answers())) {
                transactions.withConnection(c -> Sql.update(c, "UPDATE crm_survey_response SET answers = ? WHERE tenant_id = ?"
                        + " AND survey_code = ? AND customer_id = ?", Json.write(erased), tenantId.value(), r.surveyCode(), customerId.value()));
            }
        }
    }

    private List<StoredSurveyResponse> select(TenantId tenantId, String where, List<Object> params, String tail) {
        return transactions.withConnection(c -> {
            List<Object> all = new ArrayList<>();
            all.add(tenantId.value());
            all.addAll(params);
            List<StoredSurveyResponse> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + RESPONSE_COLUMNS + " FROM crm_survey_response WHERE tenant_id = ? AND "
                    + where + tail, all.toArray());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(read(tenantId, rs));
                }
            }
            return found;
        });
    }

    private static StoredSurveyResponse read(TenantId tenantId, ResultSet rs) throws SQLException {
        List<Answer> answers = List.of(Json.read(rs.getString("answers"), Answer[].class));
        return new StoredSurveyResponse(rs.getString("fingerprint"), new SurveyResponse(tenantId, rs.getString("survey_code"),
                CustomerId.of(rs.getString("customer_id")), answers, rs.getLong("points_awarded"), Sql.instant(rs, "responded_at")));
    }
}
