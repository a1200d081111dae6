package org.crmkit.complaint;

import java.util.List;
import org.crmkit.complaint.spi.CaseNotice;
import org.crmkit.complaint.spi.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands notices to the host's notifier after commit; a failing notifier is logged, never fatal. */
final class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final Notifier notifier;

    Notices(Notifier notifier) {
        this.notifier = notifier;
    }

    void send(List<CaseNotice> notices) {
        for (CaseNotice notice : notices) {
            try {
                notifier.notify(notice);
            } catch (RuntimeException e) {
                log.warn("the notifier failed on the escalation notice of case {} in tenant {}; the CaseEscalated event is in the outbox",
                        notice.number(), notice.tenantId(), e);
            }
        }
    }
}
