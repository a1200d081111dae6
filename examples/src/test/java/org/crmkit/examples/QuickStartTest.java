package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void theReadmeQuickStartRunsAndExportsTheCustomerBeforeErasure() {
        // when
        Map<String, Object> export = QuickStart.run();

        // then
        assertThat(export).containsEntry("erased", false);
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = (Map<String, Object>) export.get("profile");
        assertThat(profile).containsEntry("displayName", "李雷").containsEntry("lifecycleStage", "QUALIFIED");
        assertThat(profile.get("tags")).asList().containsExactly("nuts-lover");
    }
}
