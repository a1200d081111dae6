package org.crmkit.marketing.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds responses up question by question, in one pass. */
final class SurveyTally {

    private final Survey survey;
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private final long[] answered;
    private final long[] sums;
    private long responses;

    SurveyTally(Survey survey) {
        this.survey = survey;
        this.answered = new long[survey.questions().size()];
        this.sums = new long[survey.questions().size()];
        for (Question q : survey.questions()) {
            Map<String, Long> keys = new LinkedHashMap<>();
            switch (q.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.options().forEach(o -> keys.put(o, 0L));
                case RATING -> { for (int s = 1; s <= q.scaleMax(); s++) { keys.put(Integer.toString(s), 0L); } }
                case NPS -> { for (int s = 0; s <= 10; s++) { keys.put(Integer.toString(s), 0L); } }
                case FREE_TEXT -> { }
            }
            counts.add(keys);
        }
    }

    void add(SurveyResponse response) {
        responses++;
        for (Answer a : response.answers()) {
            int i = indexOf(a.questionCode());
            if (i < 0) {
                continue;
            }
            answered[i]++;
            a.choices().forEach(c -> counts.get(i).merge(c, 1L, Long::sum));
            if (a.score() != null) {
                counts.get(i).merge(Integer.toString(a.score()), 1L, Long::sum);
                sums[i] += a.score();
            }
        }
    }

    SurveyResults results() {
        List<QuestionResult> results = new ArrayList<>();
        for (int i = 0; i < survey.questions().size(); i++) {
            Question q = survey.questions().get(i);
            boolean scored = q.type() == AnswerType.RATING || q.type() == AnswerType.NPS;
            BigDecimal average = !scored || answered[i] == 0 ? null
                    : BigDecimal.valueOf(sums[i]).divide(BigDecimal.valueOf(answered[i]), 2, RoundingMode.HALF_UP);
            results.add(new QuestionResult(q.code(), q.type(), answered[i], counts.get(i), average, nps(q, i)));
        }
        return new SurveyResults(survey.tenantId(), survey.code(), responses, results);
    }

    private Integer nps(Question q, int i) {
        if (q.type() != AnswerType.NPS || answered[i] == 0) {
            return null;
        }
        long promoters = counts.get(i).get("9") + counts.get(i).get("10");
        long detractors = 0;
        for (int s = 0; s <= 6; s++) {
            detractors += counts.get(i).get(Integer.toString(s));
        }
        return BigDecimal.valueOf(100 * (promoters - detractors)).divide(BigDecimal.valueOf(answered[i]), 0, RoundingMode.HALF_UP).intValueExact();
    }

    private int indexOf(String questionCode) {
        for (int i = 0; i < survey.questions().size(); i++) {
            if (survey.questions().get(i).code().equals(questionCode)) {
                return i;
            }
        }
        return -1;
    }
}
