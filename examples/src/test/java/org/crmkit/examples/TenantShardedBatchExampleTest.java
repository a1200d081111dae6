package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crmkit.shared.TenantId;
import org.junit.jupiter.api.Test;

class TenantShardedBatchExampleTest {

    @Test
    void two_instances_taking_their_tenants_settle_every_shop_once_and_the_readme_shows_that_code() throws Exception {
        // when
        TenantShardedBatchExample.Outcome outcome = TenantShardedBatchExample.run();

        // then: every shop taken by one instance, and its member's pending points made available
        List<TenantId> all = new ArrayList<>(outcome.taken().get(0));
        all.addAll(outcome.taken().get(1));
        assertThat(all).containsExactlyInAnyOrder(TenantId.of("jd"), TenantId.of("suning"), TenantId.of("walmart"));
        assertThat(outcome.available()).containsExactly(300L, 300L, 300L);
        ReadmeSnippets.assertSnippetIsIn("**Batch jobs aligned with the distribution.**", "TenantShardedBatchExample.java", 6);
    }
}
