package org.crmkit.marketing.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Defining a survey: checks that its questions hold together, then stores it once. */
final class DefiningSurveys {

    private final SurveyPorts ports;

    DefiningSurveys(SurveyPorts ports) {
        this.ports = ports;
    }

    Survey define(DefineSurvey command) {
        ports.validator.check(command);
        ValidationException.throwIfAny(command, violations(command));
        return UnitOfWork.retrying(ports.transactions, () -> {
            Optional<Survey> existing = ports.book.survey(command.tenantId(), command.code());
            if (existing.isPresent()) {
                if (!existing.get().sameAs(command)) {
                    throw new ConflictException("survey '" + command.code() + "' is already defined otherwise; a survey does not change once"
                            + " defined, so define the new one under another code");
                }
                return existing.get();
            }
            if (command.rewardProgramme() != null && ports.loyalty.programme(command.tenantId(), command.rewardProgramme()).isEmpty()) {
                throw new NotFoundException("loyalty programme", command.tenantId(), command.rewardProgramme().value());
            }
            Survey survey = new Survey(command.tenantId(), command.code(), command.title(), command.questions(), command.rewardProgramme(),
                    command.rewardPoints(), ports.now());
            if (!ports.book.insertSurvey(survey)) {
                throw new DuplicateKeyException("survey", "code");
            }
            ports.events.publish(new SurveyDefined(ports.ids.next(), survey.definedAt(), survey.tenantId(), survey.code(),
                    survey.questions().size()));
            return survey;
        });
    }

    private static List<Violation> violations(DefineSurvey command) {
        List<Violation> violations = new ArrayList<>();
        if (command.rewardPoints() > 0 && command.rewardProgramme() == null) {
            violations.add(Violation.of("rewardProgramme", null, "must name the programme the " + command.rewardPoints() + " reward points are paid in"));
        }
        if (command.rewardPoints() == 0 && command.rewardProgramme() != null) {
            violations.add(Violation.of("rewardProgramme", command.rewardProgramme().value(), "must be null when no reward points are paid"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < command.questions().size(); i++) {
            Question q = command.questions().get(i);
            String at = "questions[" + i + "].";
            if (!codes.add(q.code())) {
                violations.add(Violation.of(at + "code", q.code(), "must be unique within the survey"));
            }
            boolean choice = q.type() == AnswerType.SINGLE_CHOICE || q.type() == AnswerType.MULTIPLE_CHOICE;
            if (choice && (q.options().size() < 2 || new HashSet<>(q.options()).size() != q.options().size())) {
                violations.add(Violation.of(at + "options", q.options(), "must be 2 to 20 distinct options for a " + q.type() + " question"));
            }
            if (!choice && !q.options().isEmpty()) {
                violations.add(Violation.of(at + "options", q.options(), "must be empty for a " + q.type() + " question"));
            }
            if (q.type() == AnswerType.RATING && q.scaleMax() < 2) {
                violations.add(Violation.of(at + "scaleMax", q.scaleMax(), "must be 2 to 10 for a rating question"));
            }
            if (q.type() != AnswerType.RATING && q.scaleMax() != 0) {
                violations.add(Violation.of(at + "scaleMax", q.scaleMax(), "must be 0 for a " + q.type() + " question"));
            }
        }
        return violations;
    }
}
