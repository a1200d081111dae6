package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class HostTransactionExampleTest {

    @Test
    void theReadmeHostTransactionExampleKeepsTheCommittedOrderAndPurchaseAndDropsTheRolledBackOnes() throws SQLException {
        // when
        HostTransactionExample.Result result = HostTransactionExample.run();

        // then
        assertThat(result.hostOrders()).isEqualTo(1);
        assertThat(result.purchases()).isEqualTo(1);
        assertThat(result.points()).isEqualTo(299);
    }
}
