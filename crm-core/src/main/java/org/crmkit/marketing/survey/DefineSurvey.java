package org.crmkit.marketing.survey;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.crmkit.shared.Limits;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Defines a survey. A survey, once defined, does not change (its results would no longer add up);
 * defining it again exactly as it is changes nothing.
 *
 * @param code 1 to 40 characters {@code a-z 0-9 . _ -}, unique per tenant
 * @param title 1 to 200 characters on one line
 * @param questions 1 to 50 questions with distinct codes
 * @param rewardProgramme the loyalty programme the reward is paid in; required with reward points
 * @param rewardPoints points paid once to each customer who completes it, 0 for none, at most 10^12
 * @since 0.2
 */
public record DefineSurvey(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 40) @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String title,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Question> questions,
        @Nullable ProgrammeId rewardProgramme,
        @Min(0) @Max(Limits.MAX_POINTS) long rewardPoints) {

    /** The pattern of survey and question codes. */
    public static final String CODE = "[a-z0-9][a-z0-9._-]*";
    /** The message for {@link #CODE}. */
    public static final String CODE_MESSAGE = "must be lower-case letters, digits, '.', '_' or '-', starting with a letter or digit";

    /** Copies the questions. */
    public DefineSurvey {
        questions = questions == null ? null : ImmutableList.copyOf(questions);
    }

    /** A survey without a reward. */
    public static DefineSurvey of(TenantId tenantId, String code, String title, Question... questions) {
        return new DefineSurvey(tenantId, code, title, List.of(questions), null, 0);
    }

    /** This survey, paying {@code points} in {@code programme} once to each customer who completes it. */
    public DefineSurvey withReward(ProgrammeId programme, long points) {
        return new DefineSurvey(tenantId, code, title, questions, programme, points);
    }
}
