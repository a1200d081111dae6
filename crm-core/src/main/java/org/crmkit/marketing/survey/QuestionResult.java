package org.crmkit.marketing.survey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The results of one question.
 *
 * @param answered how many responses answered it
 * @param counts how often each option was chosen (choice questions, in the options' order) or each
 *     score given (rating: 1 to the maximum; NPS: 0 to 10); empty for free text, whose answers are
 *     personal and not summed up
 * @param average the mean score to two decimals (half up) for a rating or NPS question, or null
 * @param netPromoterScore for an NPS question, the percentage of promoters (9-10) minus that of
 *     detractors (0-6), rounded half up, -100 to 100; null otherwise or without an answer
 * @since 0.2
 */
public record QuestionResult(String questionCode, AnswerType type, long answered, Map<String, Long> counts, @Nullable BigDecimal average,
        @Nullable Integer netPromoterScore) {

    /** Checks and copies the components. */
    public QuestionResult {
        checkNotNull(questionCode, "questionCode");
        checkNotNull(type, "type");
        counts = ImmutableMap.copyOf(counts);
    }
}
