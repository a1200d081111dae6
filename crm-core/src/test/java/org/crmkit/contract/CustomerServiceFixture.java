package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.crmkit.Crm;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerService;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the end-to-end customer suites share: a {@link Crm} over the storage under test with a
 * movable clock, a fresh tenant per test, and helpers. It holds no tests itself.
 */
public abstract class CustomerServiceFixture {

    /** Li Lei's mobile as a customer types it, and as crmkit stores it. */
    protected static final String LI_MOBILE_TYPED = "138 0013 8000";

    protected static final String LI_MOBILE = "+8613800138000";

    /** Li Lei's email as a customer types it, and as crmkit stores it. */
    protected static final String LI_EMAIL_TYPED = "Li@Example.COM";

    protected static final String LI_EMAIL = "li@example.com";

    protected final MutableClock clock = MutableClock.atSomeMoment();
    protected final TenantId tenant = Tenants.fresh();
    protected Crm crm;
    protected CustomerService customers;

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void buildCrm() {
        crm = Crm.builder().storage(storage()).clock(clock).build();
        customers = crm.customers();
    }

    /** A registration in this test's tenant. */
    protected RegistrationBuilder aRegistration() {
        return RegistrationBuilder.aRegistration(tenant);
    }

    /** Registers Li Lei with a mobile and an email, typed the way customers type them. */
    protected Customer registerLiLei() {
        return customers.register(aRegistration()
                .contacts(ContactPoint.verified(ContactType.MOBILE, LI_MOBILE_TYPED), ContactPoint.of(ContactType.EMAIL, LI_EMAIL_TYPED))
                .build());
    }

    /** Every customer of {@code tenantId}, read page by page. */
    protected List<Customer> everyCustomerOf(TenantId tenantId) {
        List<Customer> all = new ArrayList<>();
        Page<Customer> page = customers.list(tenantId, PageRequest.first(2));
        all.addAll(page.items());
        while (page.hasNext()) {
            page = customers.list(tenantId, PageRequest.after(page.nextCursor().orElseThrow(), 2));
            all.addAll(page.items());
        }
        return all;
    }

    /** Drains the shared outbox and keeps this test's tenant's events. */
    protected List<DomainEvent> drainEventsOfTenant() {
        return Outboxes.drainEventsOf(crm.outbox(), tenant);
    }

    /** Runs {@code call}, expects a {@link ValidationException} and returns it. */
    protected static ValidationException validationErrorOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a ValidationException").isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }

    /** The fields a validation error lists, in its order. */
    protected static List<String> fieldsOf(ValidationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }
}
