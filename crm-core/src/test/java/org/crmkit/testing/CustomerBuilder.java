package org.crmkit.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crmkit.customer.Consent;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.CreditStanding;
import org.crmkit.customer.Customer;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.Gender;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.TenantId;

/** Builds {@link Customer} aggregates for port-level tests, with sensible defaults. */
public final class CustomerBuilder {

    private TenantId tenantId;
    private CustomerId id = CustomerId.generate(IdGenerator.timeOrdered());
    private String displayName = "Li Lei";
    private List<ContactPoint> contacts = new ArrayList<>();
    private Demographics demographics = Demographics.UNKNOWN;
    private Map<String, String> preferences = new LinkedHashMap<>();
    private Set<String> tags = new TreeSet<>();
    private Map<MarketingChannel, Consent> consents = new EnumMap<>(MarketingChannel.class);
    private SourceChannel sourceChannel = SourceChannel.APP;
    private CreditStanding creditStanding = CreditStanding.GOOD;
    private LifecycleStage stage = LifecycleStage.PROSPECT;
    private Instant createdAt = MutableClock.SOME_MOMENT;
    private Instant updatedAt = MutableClock.SOME_MOMENT;
    private long version;
    private Instant erasedAt;

    private CustomerBuilder(TenantId tenantId) {
        this.tenantId = tenantId;
    }

    /** A minimal customer of {@code tenantId}, at version 0, with a generated id. */
    public static CustomerBuilder aCustomer(TenantId tenantId) {
        return new CustomerBuilder(tenantId);
    }

    /** A customer with every component set to a non-default value. */
    public static CustomerBuilder aFullyDescribedCustomer(TenantId tenantId) {
        Instant decided = MutableClock.SOME_MOMENT.minusSeconds(3600);
        return aCustomer(tenantId)
                .displayName("韩梅梅 Han Meimei")
                .contacts(
                        ContactPoint.verified(ContactType.MOBILE, "+8613800138000"),
                        ContactPoint.of(ContactType.EMAIL, "han@example.com"),
                        ContactPoint.verified(ContactType.WECHAT, "wx_han_mm"),
                        ContactPoint.of(ContactType.OTHER_IM, "qq:10001"),
                        ContactPoint.of(ContactType.POSTAL_ADDRESS, "上海市浦东新区世纪大道 100 号"))
                .demographics(new Demographics(LocalDate.of(1990, 2, 28), Gender.FEMALE, "上海", "Shanghai", "engineer"))
                .preference("size", "M")
                .preference("colour", "红色")
                .tags("vip", "newsletter:weekly", "高价值")
                .consent(new Consent(MarketingChannel.SMS, true, decided))
                .consent(new Consent(MarketingChannel.EMAIL, false, decided.plusNanos(1_000)))
                .sourceChannel(SourceChannel.REFERRAL)
                .creditStanding(CreditStanding.WATCH)
                .stage(LifecycleStage.LOYAL)
                .createdAt(MutableClock.SOME_MOMENT.minusSeconds(86_400))
                .updatedAt(MutableClock.SOME_MOMENT);
    }

    /** Starts from an existing customer, e.g. to build its next version. */
    public static CustomerBuilder from(Customer c) {
        CustomerBuilder b = new CustomerBuilder(c.tenantId());
        b.id = c.id();
        b.displayName = c.displayName();
        b.contacts = new ArrayList<>(c.contacts());
        b.demographics = c.demographics();
        b.preferences = new LinkedHashMap<>(c.preferences());
        b.tags = new TreeSet<>(c.tags());
        b.consents = new EnumMap<>(MarketingChannel.class);
        b.consents.putAll(c.consents());
        b.sourceChannel = c.sourceChannel();
        b.creditStanding = c.creditStanding();
        b.stage = c.stage();
        b.createdAt = c.createdAt();
        b.updatedAt = c.updatedAt();
        b.version = c.version();
        b.erasedAt = c.erasedAt();
        return b;
    }

    /** Starts the next version of {@code c}: version + 1, updated a second later. */
    public static CustomerBuilder nextVersionOf(Customer c) {
        return from(c).version(c.version() + 1).updatedAt(c.updatedAt().plusSeconds(1));
    }

    public CustomerBuilder tenant(TenantId value) {
        tenantId = value;
        return this;
    }

    public CustomerBuilder id(String value) {
        id = CustomerId.of(value);
        return this;
    }

    public CustomerBuilder id(CustomerId value) {
        id = value;
        return this;
    }

    public CustomerBuilder displayName(String value) {
        displayName = value;
        return this;
    }

    public CustomerBuilder contacts(ContactPoint... values) {
        contacts = new ArrayList<>(List.of(values));
        return this;
    }

    public CustomerBuilder mobile(String normalizedValue) {
        contacts.add(ContactPoint.of(ContactType.MOBILE, normalizedValue));
        return this;
    }

    public CustomerBuilder email(String normalizedValue) {
        contacts.add(ContactPoint.of(ContactType.EMAIL, normalizedValue));
        return this;
    }

    public CustomerBuilder demographics(Demographics value) {
        demographics = value;
        return this;
    }

    public CustomerBuilder preference(String key, String value) {
        preferences.put(key, value);
        return this;
    }

    public CustomerBuilder tags(String... values) {
        tags = new TreeSet<>(List.of(values));
        return this;
    }

    public CustomerBuilder consent(Consent value) {
        consents.put(value.channel(), value);
        return this;
    }

    public CustomerBuilder sourceChannel(SourceChannel value) {
        sourceChannel = value;
        return this;
    }

    public CustomerBuilder creditStanding(CreditStanding value) {
        creditStanding = value;
        return this;
    }

    public CustomerBuilder stage(LifecycleStage value) {
        stage = value;
        return this;
    }

    public CustomerBuilder createdAt(Instant value) {
        createdAt = value;
        return this;
    }

    public CustomerBuilder updatedAt(Instant value) {
        updatedAt = value;
        return this;
    }

    public CustomerBuilder version(long value) {
        version = value;
        return this;
    }

    public CustomerBuilder erasedAt(Instant value) {
        erasedAt = value;
        return this;
    }

    public Customer build() {
        return new Customer(tenantId, id, displayName, contacts, demographics, preferences, tags, consents,
                sourceChannel, creditStanding, stage, createdAt, updatedAt, version, erasedAt);
    }
}
