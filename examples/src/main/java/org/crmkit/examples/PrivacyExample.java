package org.crmkit.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.Crm;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.RecordNps;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.value.history.RecordPurchase;

/** The README's privacy example (export everything, erase everywhere), kept compiling and run by a test. */
public final class PrivacyExample {

    /** What the example leaves behind, for its test. */
    public record Outcome(Map<String, Object> before, Map<String, Integer> itemsPerSection, Map<String, Object> after) {}

    private PrivacyExample() {}

    /** Runs the example on the in-memory storage. */
    public static Outcome run() {
        Crm crm = Crm.builder().storage(new InMemoryStorage())
                .clock(Clock.fixed(Instant.parse("2026-03-06T09:50:00Z"), ZoneOffset.UTC)).build();
        TenantId shop = TenantId.of("my-shop");
        CustomerId li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP)).id();
        crm.commerce().recordPurchase(RecordPurchase.of(shop, li, "order-1001", Money.of("88.00", "CNY")));
        crm.complaints().open(OpenCase.of(shop, li, CaseType.COMPLAINT, "delivery", CaseChannel.APP, "李雷's parcel arrived crushed"));
        crm.complaints().recordNps(new RecordNps(shop, li, "nps-2026-03", 9, "李雷 likes the new app"));

        // --- README privacy begins
        Map<String, Object> everything = crm.privacy().exportDocument(shop, li);    // every context, one document
        Map<String, Integer> itemsPerSection = new TreeMap<>();                      // or stream it, page by page:
        crm.privacy().export(shop, li, (context, section, item) -> itemsPerSection.merge(context + "/" + section, 1, Integer::sum));
        crm.privacy().erase(shop, li);      // every context in one unit of work; balances and totals unchanged
        // --- README privacy ends

        return new Outcome(everything, itemsPerSection, crm.privacy().exportDocument(shop, li));
    }

    public static void main(String[] args) {
        Outcome outcome = run();
        System.out.println(outcome.itemsPerSection());
        System.out.println(outcome.after());
    }
}
