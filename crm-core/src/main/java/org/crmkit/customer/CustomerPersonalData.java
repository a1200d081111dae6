package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ExportSink;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.PersonalField;
import org.crmkit.shared.TenantId;

/**
 * The customer context's personal data: the profile and the interaction timeline. Erasure is
 * {@link CustomerService#erase}: it publishes {@link CustomerErased} the first time.
 *
 * <p>Export sections: {@code profile} (one item, as {@link CustomerExport#toDocument()} shows it)
 * and {@code interactions} (newest first, page by page).
 *
 * @since 0.2
 */
public final class CustomerPersonalData implements PersonalData {

    private static final List<PersonalField> FIELDS = List.of(
            PersonalField.of("customer.displayName", "replaced by " + Customer.ERASED_NAME),
            PersonalField.of("customer.contacts", "removed (mobile, email, WeChat, postal address, ...)"),
            PersonalField.of("customer.demographics", "removed (birth date, gender, region, city, occupation)"),
            PersonalField.of("customer.preferences", "removed"),
            PersonalField.of("customer.tags", "removed"),
            PersonalField.of("customer.consents", "removed"),
            PersonalField.of("interaction.summary", "replaced by " + Interaction.ERASED_SUMMARY));

    private final CustomerService service;
    private final CustomerRepository customers;
    private final InteractionLog interactions;

    /** Wires the part to the customer context; {@code Crm.privacy()} does this for you. */
    public CustomerPersonalData(CustomerService service, CustomerRepository customers, InteractionLog interactions) {
        this.service = checkNotNull(service, "service");
        this.customers = checkNotNull(customers, "customers");
        this.interactions = checkNotNull(interactions, "interactions");
    }

    @Override
    public String context() {
        return "customer";
    }

    @Override
    public List<PersonalField> fields() {
        return FIELDS;
    }

    /** @throws NotFoundException if the customer is not in the tenant */
    @Override
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        Customer customer = customers.find(tenantId, customerId)
                .orElseThrow(() -> new NotFoundException("customer", tenantId, customerId.value()));
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = (Map<String, Object>)
                new CustomerExport(customer, List.of(), customer.isErased(), customer.updatedAt()).toDocument().get("profile");
        sink.accept(context(), "profile", profile);
        Page.forEach(request -> interactions.page(tenantId, customerId, request), PageRequest.MAX_LIMIT,
                i -> sink.accept(context(), "interactions", CustomerExport.interaction(i)));
    }

    /** @throws NotFoundException if the customer is not in the tenant */
    @Override
    public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
        service.erase(tenantId, customerId);
    }
}
