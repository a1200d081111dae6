package org.crmkit.marketing.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Fingerprint;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/**
 * Answering a survey: checks every answer against its question, stores the one response of the
 * customer, and pays the reward in the same unit of work.
 */
final class RespondingToSurveys {

    /** Starts the ledger key of a survey reward; the survey code and the customer id follow, so it is paid once per customer. */
    static final String LEDGER_KEY_PREFIX = "survey:";

    private final SurveyPorts ports;

    RespondingToSurveys(SurveyPorts ports) {
        this.ports = ports;
    }

    SurveyResponse respond(RespondToSurvey command) {
        ports.validator.check(command);
        String fingerprint = Fingerprint.of(command);
        // two first responses of one customer race for the insert; the loser runs again and sees the winner's
        return UnitOfWork.retrying(ports.transactions, () -> {
            Survey survey = ports.survey(command.tenantId(), command.surveyCode());
            ports.requireCustomer(command.tenantId(), command.customerId());
            ValidationException.throwIfAny(command, violations(survey, command.answers()));
            Optional<StoredSurveyResponse> first = ports.book.response(command.tenantId(), command.surveyCode(), command.customerId());
            if (first.isPresent()) {
                if (!first.get().fingerprint().equals(fingerprint)) {
                    throw new ConflictException("customer " + command.customerId().value() + " already answered survey '" + survey.code()
                            + "' otherwise; a customer answers a survey once");
                }
                return first.get().response();
            }
            Instant now = ports.now();
            long points = survey.rewardPoints();
            SurveyResponse response = new SurveyResponse(command.tenantId(), survey.code(), command.customerId(), command.answers(), points,
                    now);
            if (!ports.book.insertResponse(new StoredSurveyResponse(fingerprint, response))) {
                throw new DuplicateKeyException("survey response", "customer");
            }
            if (points > 0) {
                ports.loyalty.grant(new GrantPoints(command.tenantId(), command.customerId(), survey.rewardProgramme(),
                        LEDGER_KEY_PREFIX + survey.code() + ":" + command.customerId().value(), points, "survey reward: " + survey.code(),
                        LEDGER_KEY_PREFIX + survey.code(), "system"));
            }
            ports.events.publish(new SurveyAnswered(ports.ids.next(), now, command.tenantId(), survey.code(), command.customerId(), points));
            return response;
        });
    }

    /** What is wrong with the answers against the survey's questions: unknown, repeated, of the wrong type, or a required one missing. */
    static List<Violation> violations(Survey survey, List<Answer> answers) {
        List<Violation> violations = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String at = "answers[" + i + "].";
            Optional<Question> question = survey.question(answer.questionCode());
            if (question.isEmpty()) {
                violations.add(Violation.of(at + "questionCode", answer.questionCode(), "survey '" + survey.code() + "' has no such question;"
                        + " its questions are " + survey.questions().stream().map(Question::code).toList()));
                continue;
            }
            if (!answered.add(answer.questionCode())) {
                violations.add(Violation.of(at + "questionCode", answer.questionCode(), "is answered twice; answer each question once"));
            }
            check(question.get(), answer, at, violations);
        }
        survey.questions().stream().filter(q -> q.required() && !answered.contains(q.code())).forEach(q -> violations.add(
                Violation.of("answers", q.code(), "must answer the required question '" + q.code() + "'")));
        return violations;
    }

    private static void check(Question q, Answer a, String at, List<Violation> violations) {
        boolean choice = q.type() == AnswerType.SINGLE_CHOICE || q.type() == AnswerType.MULTIPLE_CHOICE;
        boolean scored = q.type() == AnswerType.RATING || q.type() == AnswerType.NPS;
        if (!choice && !a.choices().isEmpty()) {
            violations.add(Violation.of(at + "choices", a.choices(), "must be empty: question '" + q.code() + "' is " + q.type()));
        }
        if (!scored && a.score() != null) {
            violations.add(Violation.of(at + "score", a.score(), "must be null: question '" + q.code() + "' is " + q.type()));
        }
        if (q.type() != AnswerType.FREE_TEXT && a.text() != null) {
            violations.add(Violation.of(at + "text", a.text(), "must be null: question '" + q.code() + "' is " + q.type()));
        }
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                int max = q.type() == AnswerType.SINGLE_CHOICE ? 1 : q.options().size();
                if (a.choices().isEmpty() || a.choices().size() > max || new HashSet<>(a.choices()).size() != a.choices().size()) {
                    violations.add(Violation.of(at + "choices", a.choices(), "must be 1 to " + max + " distinct options of question '" + q.code() + "'"));
                }
                a.choices().stream().filter(c -> !q.options().contains(c)).findFirst().ifPresent(c -> violations.add(Violation.of(
                        at + "choices", c, "is not an option of question '" + q.code() + "'; its options are " + q.options())));
            }
            case RATING, NPS -> {
                int low = q.type() == AnswerType.NPS ? 0 : 1;
                int high = q.type() == AnswerType.NPS ? 10 : q.scaleMax();
                if (a.score() == null || a.score() < low || a.score() > high) {
                    violations.add(Violation.of(at + "score", a.score(), "must be " + low + " to " + high + " for question '" + q.code() + "'"));
                }
            }
            case FREE_TEXT -> {
                if (a.text() == null || a.text().isBlank()) {
                    violations.add(Violation.of(at + "text", a.text(), "must be text for question '" + q.code() + "'"));
                }
            }
        }
    }
}
