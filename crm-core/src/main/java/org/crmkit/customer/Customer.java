package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A customer's profile: the customer aggregate. Immutable; {@link CustomerService} produces a new
 * version for every change.
 *
 * @param tenantId the owning tenant
 * @param id the customer id, unique in the tenant
 * @param displayName the name to show, or {@value #ERASED_NAME} once erased
 * @param contacts ways to reach the customer, mobile and email normalised
 * @param demographics what the customer told about themselves
 * @param preferences free key/value preferences (e.g. {@code size=M}), sorted by key
 * @param tags labels, sorted
 * @param consents the latest marketing decision per channel
 * @param sourceChannel where the customer came from
 * @param creditStanding standing from the payment record
 * @param stage the lifecycle stage
 * @param createdAt when the customer was registered
 * @param updatedAt when the profile last changed
 * @param version starts at 0, +1 per change; used for optimistic locking
 * @param erasedAt when the personal data was erased, or null
 * @since 0.1
 */
public record Customer(
        TenantId tenantId,
        CustomerId id,
        String displayName,
        List<ContactPoint> contacts,
        Demographics demographics,
        Map<String, String> preferences,
        Set<String> tags,
        Map<MarketingChannel, Consent> consents,
        SourceChannel sourceChannel,
        CreditStanding creditStanding,
        LifecycleStage stage,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable Instant erasedAt) {

    /** The display name of an erased customer. */
    public static final String ERASED_NAME = "[erased]";

    /** @throws NullPointerException if a required component is null */
    public Customer {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(id, "id");
        checkNotNull(displayName, "displayName");
        contacts = ImmutableList.copyOf(checkNotNull(contacts, "contacts"));
        demographics = demographics == null ? Demographics.UNKNOWN : demographics;
        preferences = ImmutableSortedMap.copyOf(checkNotNull(preferences, "preferences"));
        tags = ImmutableSortedSet.copyOf(checkNotNull(tags, "tags"));
        consents = Maps.immutableEnumMap(checkNotNull(consents, "consents"));
        checkNotNull(sourceChannel, "sourceChannel");
        checkNotNull(creditStanding, "creditStanding");
        checkNotNull(stage, "stage");
        checkNotNull(createdAt, "createdAt");
        checkNotNull(updatedAt, "updatedAt");
        checkArgument(version >= 0, "version must be >= 0 but was %s", version);
    }

    /** True once the personal data was erased. */
    public boolean isErased() {
        return erasedAt != null;
    }

    /** The first contact point of {@code type}, if any. */
    public Optional<ContactPoint> contact(ContactType type) {
        return contacts.stream().filter(c -> c.type() == type).findFirst();
    }

    /** True if the customer currently agrees to marketing over {@code channel}. */
    public boolean hasConsent(MarketingChannel channel) {
        Consent consent = consents.get(channel);
        return consent != null && consent.granted();
    }

    /** Whether a tag is set. */
    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    Customer withProfile(
            String newName,
            List<ContactPoint> newContacts,
            Demographics newDemographics,
            Map<String, String> newPreferences,
            SourceChannel newSource,
            CreditStanding newCredit) {
        return new Customer(tenantId, id, newName, newContacts, newDemographics, newPreferences, tags, consents,
                newSource, newCredit, stage, createdAt, updatedAt, version, erasedAt);
    }

    Customer withTags(Set<String> newTags) {
        return new Customer(tenantId, id, displayName, contacts, demographics, preferences, newTags, consents,
                sourceChannel, creditStanding, stage, createdAt, updatedAt, version, erasedAt);
    }

    Customer withConsents(Map<MarketingChannel, Consent> newConsents) {
        return new Customer(tenantId, id, displayName, contacts, demographics, preferences, tags, newConsents,
                sourceChannel, creditStanding, stage, createdAt, updatedAt, version, erasedAt);
    }

    Customer withStage(LifecycleStage newStage) {
        return new Customer(tenantId, id, displayName, contacts, demographics, preferences, tags, consents,
                sourceChannel, creditStanding, newStage, createdAt, updatedAt, version, erasedAt);
    }

    /** The next version of this customer, stamped at {@code now}. */
    Customer nextVersion(Instant now) {
        return new Customer(tenantId, id, displayName, contacts, demographics, preferences, tags, consents,
                sourceChannel, creditStanding, stage, createdAt, now, version + 1, erasedAt);
    }

    /** This customer with every piece of personal data removed. */
    Customer anonymised(Instant now) {
        return new Customer(tenantId, id, ERASED_NAME, List.of(), Demographics.UNKNOWN, Map.of(), Set.of(), Map.of(),
                sourceChannel, creditStanding, stage, createdAt, updatedAt, version, now);
    }
}
