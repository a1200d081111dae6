package org.crmkit.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.CreditStanding;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/** Builds {@link RegisterCustomer} commands: valid by default, one component changed per test. */
public final class RegistrationBuilder {

    private TenantId tenantId;
    private CustomerId customerId;
    private String displayName = "Li Lei";
    private List<ContactPoint> contacts = new ArrayList<>();
    private Demographics demographics;
    private Map<String, String> preferences;
    private Set<String> tags;
    private SourceChannel sourceChannel = SourceChannel.APP;
    private CreditStanding creditStanding;
    private LifecycleStage initialStage;

    private RegistrationBuilder(TenantId tenantId) {
        this.tenantId = tenantId;
    }

    /** A valid registration of "Li Lei" from the app, without contacts, in {@code tenantId}. */
    public static RegistrationBuilder aRegistration(TenantId tenantId) {
        return new RegistrationBuilder(tenantId);
    }

    public RegistrationBuilder tenant(TenantId value) {
        tenantId = value;
        return this;
    }

    public RegistrationBuilder id(String value) {
        customerId = CustomerId.of(value);
        return this;
    }

    public RegistrationBuilder displayName(String value) {
        displayName = value;
        return this;
    }

    /** Replaces the contacts; null elements are allowed here so that validation can be tested. */
    public RegistrationBuilder contacts(ContactPoint... values) {
        contacts = new ArrayList<>(Arrays.asList(values));
        return this;
    }

    public RegistrationBuilder contacts(List<ContactPoint> values) {
        contacts = values;
        return this;
    }

    public RegistrationBuilder demographics(Demographics value) {
        demographics = value;
        return this;
    }

    public RegistrationBuilder preferences(Map<String, String> value) {
        preferences = value;
        return this;
    }

    public RegistrationBuilder tags(Set<String> value) {
        tags = value;
        return this;
    }

    public RegistrationBuilder sourceChannel(SourceChannel value) {
        sourceChannel = value;
        return this;
    }

    public RegistrationBuilder creditStanding(CreditStanding value) {
        creditStanding = value;
        return this;
    }

    public RegistrationBuilder initialStage(LifecycleStage value) {
        initialStage = value;
        return this;
    }

    public RegisterCustomer build() {
        return new RegisterCustomer(tenantId, customerId, displayName, contacts, demographics, preferences, tags,
                sourceChannel, creditStanding, initialStage);
    }
}
