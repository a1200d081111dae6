package org.crmkit.marketing.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A defined survey.
 *
 * @param rewardProgramme where the reward is paid, or null without one
 * @param rewardPoints points paid once per completed response, 0 for none
 * @param definedAt when it was defined
 * @since 0.2
 */
public record Survey(TenantId tenantId, String code, String title, List<Question> questions, @Nullable ProgrammeId rewardProgramme,
        long rewardPoints, Instant definedAt) {

    /**
     * Checks the components as the record's description says.
     *
     * @throws IllegalArgumentException if there is no question, the reward is negative, or points lack a programme
     */
    public Survey {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(code, "code");
        checkNotNull(title, "title");
        questions = ImmutableList.copyOf(questions);
        checkArgument(!questions.isEmpty(), "a survey needs a question");
        checkArgument(rewardPoints >= 0, "rewardPoints must be >= 0 but was %s", rewardPoints);
        checkArgument(rewardPoints == 0 || rewardProgramme != null, "reward points need a programme");
        checkNotNull(definedAt, "definedAt");
    }

    /** The question with this code, if the survey has it. */
    public Optional<Question> question(String questionCode) {
        return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    /** True if {@code command} defines this survey exactly. */
    boolean sameAs(DefineSurvey command) {
        return title.equals(command.title()) && questions.equals(command.questions()) && rewardPoints == command.rewardPoints()
                && java.util.Objects.equals(rewardProgramme, command.rewardPoints() == 0 ? null : command.rewardProgramme());
    }
}
