package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything crmkit's customer context holds about one customer (the right of access under PIPL
 * and the GDPR).
 *
 * @param customer the profile
 * @param interactions the whole interaction timeline, newest first
 * @param erased true if the personal data was erased
 * @param exportedAt when the export was made
 * @since 0.1
 */
public record CustomerExport(Customer customer, List<Interaction> interactions, boolean erased, Instant exportedAt) {

    /** Checks and normalises the components as the record's description says. */
    public CustomerExport {
        checkNotNull(customer, "customer");
        interactions = List.copyOf(interactions);
        checkNotNull(exportedAt, "exportedAt");
    }

    /**
     * The export as a tree of maps, lists, strings, numbers and booleans, ready for any JSON or
     * YAML writer. Times are ISO-8601 strings, enums their names; absent values are left out.
     */
    public Map<String, Object> toDocument() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("tenantId", customer.tenantId().value());
        doc.put("customerId", customer.id().value());
        doc.put("erased", erased);
        doc.put("exportedAt", exportedAt.toString());
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("displayName", customer.displayName());
        profile.put("contacts", customer.contacts().stream().map(CustomerExport::contact).toList());
        profile.put("demographics", demographics(customer.demographics()));
        profile.put("preferences", new TreeMap<>(customer.preferences()));
        profile.put("tags", List.copyOf(customer.tags()));
        profile.put("consents", customer.consents().values().stream().map(CustomerExport::consent).toList());
        profile.put("sourceChannel", customer.sourceChannel().name());
        profile.put("creditStanding", customer.creditStanding().name());
        profile.put("lifecycleStage", customer.stage().name());
        profile.put("createdAt", customer.createdAt().toString());
        profile.put("updatedAt", customer.updatedAt().toString());
        profile.put("version", customer.version());
        if (customer.erasedAt() != null) {
            profile.put("erasedAt", customer.erasedAt().toString());
        }
        doc.put("profile", profile);
        doc.put("interactions", interactions.stream().map(CustomerExport::interaction).toList());
        return doc;
    }

    private static Map<String, Object> contact(ContactPoint c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", c.type().name());
        m.put("value", c.value());
        m.put("verified", c.verified());
        return m;
    }

    private static Map<String, Object> demographics(Demographics d) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfPresent(m, "birthDate", d.birthDate());
        putIfPresent(m, "gender", d.gender());
        putIfPresent(m, "region", d.region());
        putIfPresent(m, "city", d.city());
        putIfPresent(m, "occupation", d.occupation());
        return m;
    }

    private static Map<String, Object> consent(Consent c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", c.channel().name());
        m.put("granted", c.granted());
        m.put("decidedAt", c.decidedAt().toString());
        return m;
    }

    static Map<String, Object> interaction(Interaction i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("occurredAt", i.occurredAt().toString());
        m.put("channel", i.channel().name());
        m.put("direction", i.direction().name());
        m.put("type", i.type().name());
        putIfPresent(m, "staffMember", i.staffMember());
        m.put("summary", i.summary());
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }
}
