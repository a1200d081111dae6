package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.crmkit.Crm;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.RecordNps;
import org.crmkit.customer.InteractionChannel;
import org.crmkit.customer.InteractionDirection;
import org.crmkit.customer.InteractionType;
import org.crmkit.customer.RecordInteraction;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.shared.CrmException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.crmkit.value.history.RecordPurchase;
import org.junit.jupiter.api.Test;

/**
 * Every store agrees on text: each free-text field of each kind (one line, free text, codes) is
 * written with each string of a hostile corpus through the public API; the store under test must
 * refuse exactly what the in-memory reference refuses, with the same kind of domain exception, and
 * read back exactly what it stored.
 */
public abstract class TextAgreementContract {

    /** The corpus: nothing, blanks, controls, breaks, right-to-left and zero-width marks, emoji, combining marks, SQL, sizes, unstorables. */
    static final List<String> CORPUS = Arrays.asList(null, "", " ", "\t", "a\tb", "line\nbreak", "cr\r\nlf", "bell\u0007",
            "\u202Eabc\u202C", "zero\u200Bwidth", "😀👍🏽", "e\u0301", "'; DROP TABLE crm_customer; --", "100% _under_ \\back\\",
            "x".repeat(199), "x".repeat(1000), "x".repeat(100_000), "nul\u0000", "lone\uD800", "\uDC00");

    /** One text field: how to write a value through the public API and read it back. */
    private record Field(String name, Writer write, Reader read) {}

    @FunctionalInterface
    private interface Writer {
        void write(Crm crm, TenantId tenant, CustomerId customer, String value);
    }

    @FunctionalInterface
    private interface Reader {
        String read(Crm crm, TenantId tenant, CustomerId customer);
    }

    private static final List<Field> FIELDS = List.of(
            new Field("RegisterCustomer.displayName",
                    (crm, t, c, v) -> crm.customers().register(RegisterCustomer.of(t, v, SourceChannel.APP)),
                    (crm, t, c) -> crm.customers().list(t, PageRequest.first(10)).items().stream()
                            .filter(x -> !x.id().equals(c)).findFirst().orElseThrow().displayName()),
            new Field("RecordInteraction.summary",
                    (crm, t, c, v) -> crm.customers().recordInteraction(new RecordInteraction(t, c, InteractionChannel.ONLINE_CHAT,
                            InteractionDirection.INBOUND, InteractionType.INQUIRY, null, "bot-1", v)),
                    (crm, t, c) -> crm.customers().interactions(t, c, PageRequest.first(1)).items().get(0).summary()),
            new Field("GrantPoints.reason",
                    (crm, t, c, v) -> crm.loyalty().grant(new GrantPoints(t, c, ProgrammeBuilder.aProgramme(t).build().id(), "g-1", 5, v,
                            null, "agent-1")),
                    (crm, t, c) -> crm.loyalty().statement(t, c, ProgrammeBuilder.aProgramme(t).build().id(), PageRequest.first(1))
                            .items().get(0).reason()),
            new Field("RecordPurchase.paymentMethod",
                    (crm, t, c, v) -> crm.commerce().recordPurchase(RecordPurchase.of(t, c, "o-1", org.crmkit.shared.Money.of("9.90", "CNY"))
                            .via(v, "APP")),
                    (crm, t, c) -> crm.value().purchase(t, "o-1").orElseThrow().paymentMethod()),
            new Field("OpenCase.subject",
                    (crm, t, c, v) -> crm.complaints().open(OpenCase.of(t, c, CaseType.COMPLAINT, "delivery", CaseChannel.APP, v)),
                    (crm, t, c) -> crm.complaints().casesOf(t, c, PageRequest.first(1)).items().get(0).details().subject()),
            new Field("OpenCase.description",
                    (crm, t, c, v) -> crm.complaints().open(OpenCase.of(t, c, CaseType.COMPLAINT, "delivery", CaseChannel.APP, "late")
                            .describedAs(v)),
                    (crm, t, c) -> crm.complaints().casesOf(t, c, PageRequest.first(1)).items().get(0).details().description()),
            new Field("RecordNps.comment",
                    (crm, t, c, v) -> crm.complaints().recordNps(new RecordNps(t, c, "nps-1", 8, v)),
                    (crm, t, c) -> crm.complaints().npsOf(t, c).get(0).comment()));

    /** The storage under test; may be the same instance for every test. */
    protected abstract org.crmkit.spi.CrmStorage storage();

    @Test
    void every_store_refuses_what_the_reference_refuses_and_reads_back_exactly_what_it_stores() {
        // given
        Crm reference = Crm.builder().storage(new InMemoryStorage()).build();
        Crm tested = Crm.builder().storage(storage()).build();
        List<String> disagreements = new ArrayList<>();
        int stored = 0;
        int refused = 0;

        // when
        for (Field field : FIELDS) {
            for (String value : CORPUS) {
                String expected = outcome(reference, field, value);
                String actual = outcome(tested, field, value);
                if (!expected.equals(actual)) {
                    disagreements.add(field.name() + " with " + describe(value) + ": reference " + expected + ", store " + actual);
                }
                if (actual.startsWith("stored")) {
                    stored++;
                } else {
                    refused++;
                }
            }
        }

        // then
        assertThat(disagreements).isEmpty();
        assertThat(stored).as("values stored and read back").isGreaterThan(40);
        assertThat(refused).as("values refused").isGreaterThan(30);
    }

    /** "stored" if the value came back exactly, the domain exception's type if refused, or what went wrong otherwise. */
    private static String outcome(Crm crm, Field field, String value) {
        TenantId tenant = Tenants.fresh();
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
        CustomerId customer = crm.customers().register(RegisterCustomer.of(tenant, "Li Lei", SourceChannel.APP)).id();
        try {
            field.write().write(crm, tenant, customer, value);
        } catch (CrmException e) {
            return "refused with " + e.getClass().getSimpleName();
        } catch (RuntimeException e) {
            return "failed with " + e;
        }
        String back = field.read().read(crm, tenant, customer);
        return Objects.equals(back, value) ? "stored" : "stored as " + describe(back);
    }

    private static String describe(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > 20 ? value.substring(0, 20) + "... (" + value.length() + " chars)" : value;
        StringBuilder escaped = new StringBuilder("\"");
        shown.chars().forEach(ch -> escaped.append(ch < 0x20 || ch > 0x7E ? String.format("\\u%04X", ch) : String.valueOf((char) ch)));
        return escaped.append('"').toString();
    }
}
