package org.crmkit.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Changes parts of a profile. A null field is left as it is; a non-null list or map replaces the
 * current one whole. The constraints are those of {@link RegisterCustomer}.
 *
 * @param tenantId the tenant
 * @param customerId the customer
 * @param expectedVersion if not null, the change is refused with a {@link
 *     org.crmkit.shared.StaleVersionException} unless the profile is still at this version (for
 *     edit screens); if null, concurrent changes are merged by retrying
 * @param displayName new display name, or null
 * @param contacts new contact points, or null
 * @param demographics new demographics, or null
 * @param preferences new preferences, or null
 * @param sourceChannel new source channel, or null
 * @param creditStanding new credit standing, or null
 * @since 0.1
 */
public record UpdateProfile(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @PositiveOrZero Long expectedVersion,
        @Size(min = 1, max = 200)
                @Pattern.List({
                    @Pattern(regexp = Constraints.SINGLE_LINE, message = Constraints.SINGLE_LINE_MESSAGE),
                    @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.NOT_BLANK_MESSAGE)
                })
                @Nullable String displayName,
        @Size(max = 20) @Nullable List<@NotNull @Valid ContactPoint> contacts,
        @Valid @Nullable Demographics demographics,
        @Size(max = 50)
                @Nullable Map<
                                @NotBlank @Size(max = 64) @Pattern(regexp = Constraints.KEY, message = Constraints.KEY_MESSAGE) String,
                                @NotNull @Size(max = 500) @Pattern(regexp = Constraints.SINGLE_LINE, message = Constraints.SINGLE_LINE_MESSAGE) String>
                        preferences,
        @Nullable SourceChannel sourceChannel,
        @Nullable CreditStanding creditStanding) {

    /** A change to nothing yet; add fields with the {@code with...} methods. */
    public static UpdateProfile of(TenantId tenantId, CustomerId customerId) {
        return new UpdateProfile(tenantId, customerId, null, null, null, null, null, null, null);
    }

    /** Also requires the profile to be at {@code version}. */
    public UpdateProfile expectingVersion(long version) {
        return new UpdateProfile(tenantId, customerId, version, displayName, contacts, demographics, preferences, sourceChannel, creditStanding);
    }

    /** Also sets the display name. */
    public UpdateProfile withDisplayName(String name) {
        return new UpdateProfile(tenantId, customerId, expectedVersion, name, contacts, demographics, preferences, sourceChannel, creditStanding);
    }

    /** Also replaces the contact points. */
    public UpdateProfile withContacts(List<ContactPoint> newContacts) {
        return new UpdateProfile(tenantId, customerId, expectedVersion, displayName, newContacts, demographics, preferences, sourceChannel, creditStanding);
    }

    /** Also replaces the demographics. */
    public UpdateProfile withDemographics(Demographics newDemographics) {
        return new UpdateProfile(tenantId, customerId, expectedVersion, displayName, contacts, newDemographics, preferences, sourceChannel, creditStanding);
    }

    /** Also replaces the preferences. */
    public UpdateProfile withPreferences(Map<String, String> newPreferences) {
        return new UpdateProfile(tenantId, customerId, expectedVersion, displayName, contacts, demographics, newPreferences, sourceChannel, creditStanding);
    }

    /** Also sets the source channel. */
    public UpdateProfile withSourceChannel(SourceChannel source) {
        return new UpdateProfile(tenantId, customerId, expectedVersion, displayName, contacts, demographics, preferences, source, creditStanding);
    }

    /** Also sets the credit standing. */
    public UpdateProfile withCreditStanding(CreditStanding standing) {
        return new UpdateProfile(tenantId, customerId, expectedVersion, displayName, contacts, demographics, preferences, sourceChannel, standing);
    }
}
