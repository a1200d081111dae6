package org.crmkit.marketing.survey;

import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.crmkit.shared.TextRules;

/**
 * One question of a survey.
 *
 * @param code 1 to 40 characters {@code a-z 0-9 . _ -}, unique within the survey
 * @param text the question as shown, 1 to 500 characters on one line
 * @param type how it is answered
 * @param options for a choice question, 2 to 20 distinct options of 1 to 100 characters; empty otherwise
 * @param scaleMax for a rating question, the highest score, 2 to 10; 0 otherwise
 * @param required whether a response must answer it
 * @since 0.2
 */
public record Question(
        @NotNull @Size(min = 1, max = 40) @Pattern(regexp = DefineSurvey.CODE, message = DefineSurvey.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 500) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String text,
        @NotNull AnswerType type,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE,
                message = TextRules.SINGLE_LINE_MESSAGE) String> options,
        @Min(0) @Max(10) int scaleMax,
        boolean required) {

    /** Copies the options. */
    public Question {
        options = options == null ? null : ImmutableList.copyOf(options);
    }

    /** A required single-choice question. */
    public static Question singleChoice(String code, String text, String... options) {
        return new Question(code, text, AnswerType.SINGLE_CHOICE, List.of(options), 0, true);
    }

    /** A required multiple-choice question. */
    public static Question multipleChoice(String code, String text, String... options) {
        return new Question(code, text, AnswerType.MULTIPLE_CHOICE, List.of(options), 0, true);
    }

    /** A required rating from 1 to {@code scaleMax}. */
    public static Question rating(String code, String text, int scaleMax) {
        return new Question(code, text, AnswerType.RATING, List.of(), scaleMax, true);
    }

    /** An optional free-text question. */
    public static Question freeText(String code, String text) {
        return new Question(code, text, AnswerType.FREE_TEXT, List.of(), 0, false);
    }

    /** A required NPS question (0 to 10). */
    public static Question nps(String code, String text) {
        return new Question(code, text, AnswerType.NPS, List.of(), 0, true);
    }

    /** This question, optional. */
    public Question optional() {
        return new Question(code, text, type, options, scaleMax, false);
    }
}
