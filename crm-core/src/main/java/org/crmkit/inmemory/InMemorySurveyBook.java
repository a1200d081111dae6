package org.crmkit.inmemory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.marketing.survey.Answer;
import org.crmkit.marketing.survey.StoredSurveyResponse;
import org.crmkit.marketing.survey.Survey;
import org.crmkit.marketing.survey.SurveyBook;
import org.crmkit.marketing.survey.SurveyResponse;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.TenantId;

final class InMemorySurveyBook implements SurveyBook {

    private record Code(TenantId tenantId, String code) {}

    private record Respondent(TenantId tenantId, String surveyCode, CustomerId customerId) {}

    private final InMemoryTransactions transactions;
    private final Map<Code, Survey> surveys = new HashMap<>();
    private final Map<Respondent, StoredSurveyResponse> responses = new HashMap<>();

    InMemorySurveyBook(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean insertSurvey(Survey survey) {
        return transactions.inTransaction(() -> {
            Code key = new Code(survey.tenantId(), survey.code());
            if (surveys.putIfAbsent(key, survey) != null) {
                return false;
            }
            transactions.onRollback(() -> surveys.remove(key));
            return true;
        });
    }

    @Override
    public Optional<Survey> survey(TenantId tenantId, String code) {
        return transactions.inTransaction(() -> Optional.ofNullable(surveys.get(new Code(tenantId, code))));
    }

    @Override
    public boolean insertResponse(StoredSurveyResponse stored) {
        return transactions.inTransaction(() -> {
            SurveyResponse r = stored.response();
            Respondent key = new Respondent(r.tenantId(), r.surveyCode(), r.customerId());
            if (responses.putIfAbsent(key, stored) != null) {
                return false;
            }
            transactions.onRollback(() -> responses.remove(key));
            return true;
        });
    }

    @Override
    public Optional<StoredSurveyResponse> response(TenantId tenantId, String surveyCode, CustomerId customerId) {
        return transactions.inTransaction(() -> Optional.ofNullable(responses.get(new Respondent(tenantId, surveyCode, customerId))));
    }

    @Override
    public List<SurveyResponse> responsesOf(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> responses.values().stream().map(StoredSurveyResponse::response)
                .filter(r -> r.tenantId().equals(tenantId) && r.customerId().equals(customerId))
                .sorted(Comparator.comparing(SurveyResponse::respondedAt).thenComparing(SurveyResponse::surveyCode).reversed())
                .toList());
    }

    @Override
    public Page<SurveyResponse> responses(TenantId tenantId, String surveyCode, PageRequest request) {
        return transactions.inTransaction(() -> {
            List<SurveyResponse> matching = responses.values().stream().map(StoredSurveyResponse::response)
                    .filter(r -> r.tenantId().equals(tenantId) && r.surveyCode().equals(surveyCode))
                    .filter(r -> request.cursorValue().map(after -> r.customerId().value().compareTo(after) > 0).orElse(true))
                    .sorted(Comparator.comparing(r -> r.customerId().value()))
                    .limit(request.limit() + 1L)
                    .toList();
            boolean more = matching.size() > request.limit();
            List<SurveyResponse> page = more ? matching.subList(0, request.limit()) : matching;
            return Page.of(page, more ? page.get(page.size() - 1).customerId().value() : null);
        });
    }

    @Override
    public void anonymise(TenantId tenantId, CustomerId customerId) {
        transactions.run(() -> responses.forEach((key, stored) -> {
            SurveyResponse r = stored.response();
            if (!r.tenantId().equals(tenantId) || !r.customerId().equals(customerId)) {
                return;
            }
            List<Answer> erased = r.answers().stream().map(a -> a.text() == null ? a
                    : new Answer(a.questionCode(), a.choices(), a.score(), PersonalData.ERASED)).toList();
            if (!erased.equals(r.answers())) {
                StoredSurveyResponse next = new StoredSurveyResponse(stored.fingerprint(), new SurveyResponse(r.tenantId(), r.surveyCode(),
                        r.customerId(), erased, r.pointsAwarded(), r.respondedAt()));
                responses.put(key, next);
                transactions.onRollback(() -> responses.put(key, stored));
            }
        }));
    }
}
