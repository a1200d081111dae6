package org.crmkit.marketing.survey;

import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A customer's answer to one question. Which parts it fills depends on the question's {@link
 * AnswerType}: {@code choices} for a choice question, {@code score} for a rating or NPS question,
 * {@code text} for a free-text question; the others stay empty or null.
 *
 * @param questionCode the question answered
 * @param choices the options chosen (one for a single choice); empty otherwise
 * @param score the score given, or null
 * @param text the text written, 1 to {@value #MAX_TEXT} characters, or null
 * @since 0.2
 */
public record Answer(
        @NotNull @Size(min = 1, max = 40) String questionCode,
        @NotNull @Size(max = 20) List<@NotNull @Size(max = 100) String> choices,
        @Nullable Integer score,
        @Size(min = 1, max = MAX_TEXT) @Pattern(regexp = TextRules.FREE_TEXT, message = TextRules.FREE_TEXT_MESSAGE) @Nullable String text) {

    /** The longest free-text answer, in characters. */
    public static final int MAX_TEXT = 2000;

    /** Copies the choices. */
    public Answer {
        choices = choices == null ? null : ImmutableList.copyOf(choices);
    }

    /** The options chosen for a choice question. */
    public static Answer choices(String questionCode, String... choices) {
        return new Answer(questionCode, List.of(choices), null, null);
    }

    /** The score for a rating or NPS question. */
    public static Answer score(String questionCode, int score) {
        return new Answer(questionCode, List.of(), score, null);
    }

    /** The text for a free-text question. */
    public static Answer text(String questionCode, String text) {
        return new Answer(questionCode, List.of(), null, text);
    }
}
