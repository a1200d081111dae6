package org.crmkit.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Registers a new customer.
 *
 * @param tenantId the tenant
 * @param customerId the host's id for the customer, or null to have one generated
 * @param displayName 1 to 200 characters, one line
 * @param contacts up to 20 contact points; mobile numbers and emails must be unique in the tenant
 * @param demographics what is known, or null
 * @param preferences up to 50 key/value pairs, or null
 * @param tags up to 100 tags of up to 64 characters, or null
 * @param sourceChannel where the customer came from
 * @param creditStanding the initial standing, or null for {@link CreditStanding#GOOD}
 * @param initialStage the initial stage, or null for {@link LifecycleStage#PROSPECT} (an import
 *     of existing buyers may start at ACTIVE)
 * @since 0.1
 */
public record RegisterCustomer(
        @NotNull TenantId tenantId,
        @Nullable CustomerId customerId,
        @NotBlank @Size(max = 200) @Pattern(regexp = Constraints.SINGLE_LINE, message = Constraints.SINGLE_LINE_MESSAGE)
                String displayName,
        @Size(max = 20) List<@NotNull @Valid ContactPoint> contacts,
        @Valid @Nullable Demographics demographics,
        @Size(max = 50)
                @Nullable Map<
                                @NotBlank @Size(max = 64) @Pattern(regexp = Constraints.KEY, message = Constraints.KEY_MESSAGE) String,
                                @NotNull @Size(max = 500) @Pattern(regexp = Constraints.SINGLE_LINE, message = Constraints.SINGLE_LINE_MESSAGE) String>
                        preferences,
        @Size(max = 100) @Nullable Set<@NotBlank @Size(max = 64) @Pattern(regexp = Constraints.KEY, message = Constraints.KEY_MESSAGE) String> tags,
        @NotNull SourceChannel sourceChannel,
        CreditStanding creditStanding,
        LifecycleStage initialStage) {

    /** The minimal registration: a generated id, a name and where the customer came from. */
    public static RegisterCustomer of(TenantId tenantId, String displayName, SourceChannel sourceChannel, ContactPoint... contacts) {
        return new RegisterCustomer(tenantId, null, displayName, List.of(contacts), null, null, null, sourceChannel, null, null);
    }

    /** This command with the host-supplied {@code customerId}. */
    public RegisterCustomer withCustomerId(CustomerId id) {
        return new RegisterCustomer(tenantId, id, displayName, contacts, demographics, preferences, tags, sourceChannel,
                creditStanding, initialStage);
    }
}
