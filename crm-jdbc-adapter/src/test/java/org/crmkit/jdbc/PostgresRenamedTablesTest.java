package org.crmkit.jdbc;

import org.crmkit.contract.CaseWorkflowContract;
import org.crmkit.contract.CouponIssuingContract;
import org.crmkit.contract.CustomerServiceContract;
import org.crmkit.contract.EventOutboxContract;
import org.crmkit.contract.IdGeneratorContract;
import org.crmkit.contract.LoyaltyIdempotencyContract;
import org.crmkit.contract.LoyaltyRedemptionContract;
import org.crmkit.contract.MallRedemptionContract;
import org.crmkit.contract.PrivacyContract;
import org.crmkit.contract.SegmentContract;
import org.crmkit.contract.TierJdLadderContract;
import org.crmkit.contract.ValueScoringContract;
import org.crmkit.spi.CrmStorage;
import org.junit.jupiter.api.Nested;

/**
 * A slice of the contract suites that together touch every table, run on the storage named
 * {@code TestDatabases.renamed(Dialect.POSTGRESQL)}: its tables in the schema {@value TestDatabases#RENAMED_SCHEMA}
 * and named {@value TestDatabases#RENAMED_PREFIX}*, on the database that holds the default-named storage too.
 */
class PostgresRenamedTablesTest {

    @Nested
    class Privacy extends PrivacyContract {
        @Override
        protected CrmStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }

    @Nested
    class EventOutbox extends EventOutboxContract {
        @Override
        protected CrmStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }

    @Nested
    class LoyaltyIdempotency extends LoyaltyIdempotencyContract {
        @Override
        protected CrmStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }

    @Nested
    class LoyaltyRedemption extends LoyaltyRedemptionContract {
        @Override
        protected CrmStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }

    @Nested
    class CaseWorkflow extends CaseWorkflowContract {
        @Override
        protected CrmStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }

    @Nested
    class TierJdLadder extends TierJdLadderContract {
        @Override
        protected CrmStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }

    @Nested
    class ValueScoring extends ValueScoringContract {
        @Override
        protected CrmStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }

    @Nested
    class Segment extends SegmentContract {
        @Override
        protected CrmStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }

    @Nested
    class CustomerService extends CustomerServiceContract {
        @Override
        protected CrmStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }

    @Nested
    class IdGenerator extends IdGeneratorContract {
        @Override
        protected CrmStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }

    @Nested
    class Leases extends JobLeasesContract {
        @Override
        protected JdbcStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }

    @Nested
    class CouponIssuing extends CouponIssuingContract {
        @Override
        protected CrmStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }

    @Nested
    class MallRedemption extends MallRedemptionContract {
        @Override
        protected CrmStorage storage() {
            return TestDatabases.renamed(Dialect.POSTGRESQL);
        }
    }
}
