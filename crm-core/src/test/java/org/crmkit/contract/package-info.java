/**
 * The contract suites every {@link org.crmkit.spi.CrmStorage} must pass, shipped in crm-core's
 * test jar. Subclass each suite in a few lines and return the storage under test from {@code
 * storage()}; the same instance may serve every test (a database shared by the whole run), because
 * each test works in a fresh random tenant and never assumes the storage is empty.
 *
 * <p>Port suites, one per port of {@link org.crmkit.spi.CrmStorage}: {@link
 * org.crmkit.contract.CustomerRepositoryContract}, {@link org.crmkit.contract.InteractionLogContract}, {@link
 * org.crmkit.contract.TransactionRunnerContract}, {@link org.crmkit.contract.EventOutboxContract}, and, on
 * {@link org.crmkit.contract.PortContract} (a fresh tenant per test, calls in the storage's unit of work, a
 * page walker): {@link org.crmkit.contract.TimelinePortContract}, {@link
 * org.crmkit.contract.ProgrammeRepositoryPortContract}, {@link org.crmkit.contract.MembershipsPortContract},
 * {@link org.crmkit.contract.CasesPortContract}, {@link org.crmkit.contract.CasePoliciesPortContract}, {@link
 * org.crmkit.contract.SurveysPortContract}, {@link org.crmkit.contract.PurchasesPortContract}, {@link
 * org.crmkit.contract.CustomerValuesPortContract}. The points ledger is held to the ledger suites below.
 * These suites store the customers whose rows they write first, since a database storage may refuse
 * rows of a customer it does not hold.
 *
 * <p>End-to-end suites through {@code Crm.builder().storage(storage())}: {@link
 * org.crmkit.contract.CustomerServiceContract}, {@link org.crmkit.contract.LifecycleStageContract},
 * {@link org.crmkit.contract.InteractionTimelineContract}, {@link
 * org.crmkit.contract.RegistrationValidationContract}, {@link
 * org.crmkit.contract.CommandValidationContract}, {@link org.crmkit.contract.TenancyContract}, {@link
 * org.crmkit.contract.HostileInputContract}, {@link org.crmkit.contract.ErasureContract}, {@link
 * org.crmkit.contract.DomainEventsContract}, {@link org.crmkit.contract.ConcurrencyContract}.
 *
 * <p>Loyalty suites, sharing {@link org.crmkit.contract.LoyaltyFixture} (a fresh tenant with a default
 * programme and two members, a movable clock): {@link org.crmkit.contract.LoyaltyPurchaseEarningContract},
 * {@link org.crmkit.contract.LoyaltyCapsAndCampaignsContract}, {@link
 * org.crmkit.contract.LoyaltyBonusEventsContract}, {@link org.crmkit.contract.LoyaltyPendingPointsContract},
 * {@link org.crmkit.contract.LoyaltyCampaignBudgetContract}, {@link
 * org.crmkit.contract.LoyaltyCheckoutHoldContract}, {@link org.crmkit.contract.LoyaltyRedemptionContract},
 * {@link org.crmkit.contract.LoyaltyExpiryPoliciesContract}, {@link
 * org.crmkit.contract.LoyaltyExpirySettlementContract}, {@link org.crmkit.contract.LoyaltyRefundContract},
 * {@link org.crmkit.contract.LoyaltyRefundOfSpentPointsContract}, {@link
 * org.crmkit.contract.LoyaltyTransferContract}, {@link org.crmkit.contract.LoyaltyGrantsAndAdjustmentsContract},
 * {@link org.crmkit.contract.LoyaltyIdempotencyContract}, {@link org.crmkit.contract.LoyaltyBadInputContract},
 * {@link org.crmkit.contract.LoyaltyTenancyContract}, {@link org.crmkit.contract.LoyaltyEventsContract}, {@link
 * org.crmkit.contract.LoyaltyStatementContract}. The settlement suite runs {@code settleDue}, which settles
 * due accounts of every tenant in the storage. {@link org.crmkit.contract.LoyaltyOneOffBonusesContract}
 * and {@link org.crmkit.contract.LoyaltyOrderGuardsContract} pin the one-off rules.
 *
 * <p>Ledger suites: {@link org.crmkit.contract.LedgerInvariantsContract} (a seeded, model-based property
 * test of the five invariants; rerun one seed with {@code -Dcrmkit.seed=}) and {@link
 * org.crmkit.contract.LedgerConcurrencyContract} (16 threads spending, replaying, transferring).
 *
 * <p>The suites need only crm-core, JUnit 5, AssertJ and a Jakarta Validation provider
 * (hibernate-validator with expressly) on the test class path. Timestamps are truncated to
 * microseconds, the precision PostgreSQL keeps.
 */
package org.crmkit.contract;
