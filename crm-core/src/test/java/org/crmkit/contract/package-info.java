/**
 * The contract suites every {@link org.crmkit.spi.CrmStorage} must pass, shipped in crm-core's
 * test jar. Subclass each suite in a few lines and return the storage under test from {@code
 * storage()}; the same instance may serve every test (a database shared by the whole run), because
 * each test works in a fresh random tenant and never assumes the storage is empty.
 *
 * <p>Port suites: {@link org.crmkit.contract.CustomerRepositoryContract}, {@link
 * org.crmkit.contract.InteractionLogContract}, {@link org.crmkit.contract.TransactionRunnerContract},
 * {@link org.crmkit.contract.EventOutboxContract}.
 *
 * <p>End-to-end suites through {@code Crm.builder().storage(storage())}: {@link
 * org.crmkit.contract.CustomerServiceContract}, {@link org.crmkit.contract.LifecycleStageContract},
 * {@link org.crmkit.contract.InteractionTimelineContract}, {@link
 * org.crmkit.contract.RegistrationValidationContract}, {@link
 * org.crmkit.contract.CommandValidationContract}, {@link org.crmkit.contract.TenancyContract}, {@link
 * org.crmkit.contract.HostileInputContract}, {@link org.crmkit.contract.ErasureContract}, {@link
 * org.crmkit.contract.DomainEventsContract}, {@link org.crmkit.contract.ConcurrencyContract}.
 *
 * <p>The suites need only crm-core, JUnit 5, AssertJ and a Jakarta Validation provider
 * (hibernate-validator with expressly) on the test class path. Timestamps are truncated to
 * microseconds, the precision PostgreSQL keeps.
 */
package org.crmkit.contract;
