package org.crmkit.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A customer's list of contacts as it is stored: each value normalised, each contact once. */
final class ContactLists {

    private ContactLists() {}

    /** Normalises mobile and email values and merges duplicates (verified if any copy was). */
    static List<ContactPoint> normalized(List<ContactPoint> contacts) {
        if (contacts == null) {
            return List.of();
        }
        Map<String, ContactPoint> unique = new LinkedHashMap<>();
        for (ContactPoint contact : contacts) {
            ContactPoint n = contact.normalized();
            unique.merge(n.type() + "\u0000" + n.value(), n,
                    (a, b) -> new ContactPoint(a.type(), a.value(), a.verified() || b.verified()));
        }
        return List.copyOf(unique.values());
    }
}
