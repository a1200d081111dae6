package org.crmkit.marketing.survey;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;

/**
 * Marketing surveys' public API (有奖参与调查): define a survey of typed questions, take each
 * customer's one response, pay the optional reward once, and add the results up per question.
 *
 * <p>Each command runs in one unit of work, joining the caller's if there is one. A response's
 * checks, its row and its reward (a points grant in the survey's programme under the ledger key
 * {@code survey:} + the survey code + {@code :} + the customer id) commit together or not at all;
 * under replays and concurrent submissions a customer has one response and is paid once. The
 * complaint context's CSAT and NPS after a case are separate ({@code crm.complaints()}). Thread-safe.
 *
 * @since 0.2
 */
public final class SurveyService {

    private static final int PAGE = 500;

    private final SurveyPorts ports;
    private final DefiningSurveys defining;
    private final RespondingToSurveys responding;

    /** Wires the service to its port and the services it uses; {@code Crm.builder()} does this for you. */
    public SurveyService(SurveyBook book, CustomerRepository customers, LoyaltyService loyalty, TransactionRunner transactions,
            EventPublisher events, CommandValidator validator, Clock clock, IdGenerator ids) {
        this.ports = new SurveyPorts(book, customers, loyalty, transactions, events, validator, clock, ids);
        this.defining = new DefiningSurveys(ports);
        this.responding = new RespondingToSurveys(ports);
    }

    /**
     * Defines a survey; defining it again exactly as it is returns it unchanged.
     *
     * @return the survey as stored
     * @throws org.crmkit.shared.ValidationException for bad values (nothing stored): repeated
     *     question codes, a choice question without two distinct options, options or a scale on a
     *     question of another type, reward points without a programme or a programme without points
     * @throws org.crmkit.shared.NotFoundException if the reward's programme is not in the tenant
     * @throws org.crmkit.shared.ConflictException if the code is defined otherwise
     */
    public Survey define(DefineSurvey command) {
        return ServiceCalls.call(() -> defining.define(command));
    }

    /**
     * Stores a customer's response and pays the survey's reward. Sending the same response again
     * returns the first and changes nothing.
     *
     * @return the response as stored
     * @throws org.crmkit.shared.ValidationException for bad values (nothing stored): an unknown
     *     question, a question answered twice, an answer of the wrong type or out of range, a
     *     required question unanswered
     * @throws org.crmkit.shared.NotFoundException if the survey or the customer is not in the tenant
     * @throws org.crmkit.shared.ConflictException if the customer already answered the survey otherwise
     */
    public SurveyResponse respond(RespondToSurvey command) {
        return ServiceCalls.call(() -> responding.respond(command));
    }

    /** The survey, if defined in the tenant. */
    public Optional<Survey> survey(TenantId tenantId, String code) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(code, "code");
            return ports.transactions.inTransaction(() -> ports.book.survey(tenantId, code));
        });
    }

    /** The customer's response to the survey, if any. */
    public Optional<SurveyResponse> response(TenantId tenantId, String surveyCode, CustomerId customerId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(surveyCode, "surveyCode");
            checkNotNull(customerId, "customerId");
            return ports.transactions.inTransaction(() -> ports.book.response(tenantId, surveyCode, customerId).map(StoredSurveyResponse::response));
        });
    }

    /** The customer's responses to every survey, newest first. */
    public List<SurveyResponse> responsesOf(TenantId tenantId, CustomerId customerId) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(customerId, "customerId");
            return ports.transactions.inTransaction(() -> ports.book.responsesOf(tenantId, customerId));
        });
    }

    /**
     * The survey's results per question, read page by page in one unit of work.
     *
     * @throws org.crmkit.shared.NotFoundException if the survey is not in the tenant
     */
    public SurveyResults results(TenantId tenantId, String surveyCode) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(surveyCode, "surveyCode");
            return ports.transactions.inTransaction(() -> {
                SurveyTally tally = new SurveyTally(ports.survey(tenantId, surveyCode));
                Page.forEach(request -> ports.book.responses(tenantId, surveyCode, request), PAGE, tally::add);
                return tally.results();
            });
        });
    }
}
