package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.TimelineEntry;
import org.junit.jupiter.api.Test;

class CommerceExampleTest {

    @Test
    void theReadmeCommerceExampleAppliesThePurchaseOnceEverywhereAndTheCancellationUndoesIt() {
        // when
        CommerceExample.Result result = CommerceExample.run();

        // then
        assertThat(result.first().replay()).isFalse();
        assertThat(result.first().points().orElseThrow().points()).isEqualTo(1200);
        assertThat(result.first().tier().orElseThrow().tier().code()).isEqualTo("bronze");
        assertThat(result.first().stage()).contains(LifecycleStage.ACTIVE);
        assertThat(result.replay().replay()).isTrue();
        assertThat(result.replay().points()).isEqualTo(result.first().points());
        assertThat(result.cancelled().purchase().fullyRefunded()).isTrue();
        assertThat(result.cancelled().points().orElseThrow().points()).isEqualTo(1200);
        assertThat(result.timeline()).extracting(TimelineEntry::kind).contains("PurchaseRecorded", "PointsEarned", "TierUpgraded",
                "LifecycleStageChanged", "PurchaseRefunded", "PointsReversed");
    }
}
