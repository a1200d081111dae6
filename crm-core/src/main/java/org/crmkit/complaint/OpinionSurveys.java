package org.crmkit.complaint;

import java.util.Optional;

/** Records opinion survey answers (NPS), idempotent by the host's survey key. */
final class OpinionSurveys {

    private OpinionSurveys() {}

    static NpsResponse record(CaseWork w, RecordNps command) {
        Optional<NpsResponse> first = w.ctx.surveys.findNps(command.tenantId(), command.surveyKey());
        if (first.isPresent()) {
            return first.get();
        }
        w.ctx.customer(command.tenantId(), command.customerId());
        NpsResponse response = new NpsResponse(command.tenantId(), command.customerId(), command.surveyKey(), command.score(),
                command.comment(), w.now);
        if (!w.ctx.surveys.addNps(response)) { // a racing replay stored it first
            return w.ctx.surveys.findNps(command.tenantId(), command.surveyKey()).orElseThrow();
        }
        w.publish(new NpsRecorded(w.ctx.ids.next(), w.now, command.tenantId(), command.customerId(), command.surveyKey(), command.score()));
        return response;
    }
}
