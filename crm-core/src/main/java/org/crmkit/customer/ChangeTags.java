package org.crmkit.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * Tags to add to or remove from a customer.
 *
 * @param tenantId the tenant
 * @param customerId the customer
 * @param tags 1 to 100 tags of 1 to 64 letters, digits and {@code . _ : -}
 * @since 0.1
 */
public record ChangeTags(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotEmpty @Size(max = 100) Set<@NotBlank @Size(max = 64) @Pattern(regexp = Constraints.KEY, message = Constraints.KEY_MESSAGE) String> tags) {

    /** The given tags for one customer. */
    public static ChangeTags of(TenantId tenantId, CustomerId customerId, String... tags) {
        return new ChangeTags(tenantId, customerId, Set.of(tags));
    }
}
