package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.contract.PrivacyScenario.ADJUST_REASON;
import static org.crmkit.contract.PrivacyScenario.CSAT;
import static org.crmkit.contract.PrivacyScenario.DESCRIPTION;
import static org.crmkit.contract.PrivacyScenario.GRANT_REASON;
import static org.crmkit.contract.PrivacyScenario.INTERACTION;
import static org.crmkit.contract.PrivacyScenario.DEAL;
import static org.crmkit.contract.PrivacyScenario.EMAIL;
import static org.crmkit.contract.PrivacyScenario.LEAD_NOTE;
import static org.crmkit.contract.PrivacyScenario.MOBILE_DIGITS;
import static org.crmkit.contract.PrivacyScenario.NAME;
import static org.crmkit.contract.PrivacyScenario.NOTE;
import static org.crmkit.contract.PrivacyScenario.NPS;
import static org.crmkit.contract.PrivacyScenario.OVERRIDE_REASON;
import static org.crmkit.contract.PrivacyScenario.RESPONSE;
import static org.crmkit.contract.PrivacyScenario.SECRETS;
import static org.crmkit.contract.PrivacyScenario.SUBJECT;
import static org.crmkit.contract.PrivacyScenario.VISIT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.customer.CustomerErased;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.privacy.PrivacyService;
import org.crmkit.sales.AccountInvoice;
import org.crmkit.sales.ConversionReport;
import org.crmkit.sales.FunnelGrouping;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.PersonalField;
import org.crmkit.shared.ExportSink;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rights of access and erasure across every context ({@code crm.privacy()}): the export holds
 * every fact of every context; erasure leaves none of the customer's strings in any context or in
 * the outbox, keeps every total, runs once, and completes an erasure made by the customer context
 * alone.
 */
public abstract class PrivacyContract {

    protected final MutableClock clock = MutableClock.at(LocalDateTime.parse("2026-03-02T10:00").atZone(Crm.DEFAULT_ZONE).toInstant());
    protected final TenantId tenant = Tenants.fresh();
    protected Crm crm;
    protected PrivacyService privacy;
    protected PrivacyScenario story;

    /** The storage under test; may be the same instance for every test. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void qiuHasActivityInEveryContext() {
        crm = Crm.builder().storage(storage()).clock(clock).build();
        privacy = crm.privacy();
        story = PrivacyScenario.run(crm, clock, tenant);
    }

    @Test
    void every_context_declares_its_part_and_its_personal_fields() {
        // then
        assertThat(privacy.contexts()).extracting(PersonalData::context).containsExactly("customer", "loyalty", "tier", "complaint", "value",
                "checkout", "coupons", "mall", "storedValue", "churnReasons", "reviews", "surveys", "sales", "campaigns",
                "journeys");
        assertThat(privacy.contexts()).filteredOn(p -> !List.of("value", "checkout", "coupons", "storedValue").contains(p.context()))
                .allSatisfy(p -> assertThat(p.fields()).isNotEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_export_holds_every_fact_of_every_context() {
        // when
        Map<String, Object> doc = privacy.exportDocument(tenant, story.qiu);

        // then
        assertThat(doc).containsEntry("customerId", story.qiu.value()).containsEntry("exportedAt", clock.instant().toString());
        Map<String, List<Map<String, Object>>> customer = (Map<String, List<Map<String, Object>>>) doc.get("customer");
        assertThat(customer.get("profile")).singleElement().satisfies(p -> assertThat(p).containsEntry("displayName", NAME));
        assertThat(customer.get("interactions")).extracting(i -> i.get("summary")).containsExactly(INTERACTION);
        Map<String, List<Map<String, Object>>> value = (Map<String, List<Map<String, Object>>>) doc.get("value");
        assertThat(value.get("purchases")).extracting(p -> p.get("orderId")).containsExactly(story.secondOrder, story.firstOrder);
        assertThat(value.get("purchases").get(0).toString()).contains("refunded", "100");
        assertThat(value.get("summary")).singleElement().satisfies(s -> assertThat(s.get("orders")).isEqualTo(2L));
        assertThat(value.get("scores")).hasSize(1);
        Map<String, List<Map<String, Object>>> offer = (Map<String, List<Map<String, Object>>>) doc.get("checkout");
        assertThat(offer.get("checkouts")).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("orderReference", "order-" + story.qiu.value() + "-3").containsEntry("status", "HELD");
            assertThat(c.toString()).contains("SKU-HC-02", "50.00");
        });
        Map<String, List<Map<String, Object>>> loyalty = (Map<String, List<Map<String, Object>>>) doc.get("loyalty");
        assertThat(loyalty.get("accounts")).singleElement().satisfies(a -> assertThat(a.get("available")).isEqualTo(balance().available()));
        assertThat(loyalty.get("ledger")).extracting(e -> e.get("reason")).contains(GRANT_REASON, ADJUST_REASON);
        assertThat(loyalty.get("ledger")).extracting(e -> e.get("operationKey")).contains("gift-" + story.qiu.value());
        assertThat(loyalty.get("ledger")).hasSameSizeAs(statement());
        Map<String, List<Map<String, Object>>> tier = (Map<String, List<Map<String, Object>>>) doc.get("tier");
        assertThat(tier.get("memberships")).singleElement().satisfies(m -> assertThat(m.toString()).contains("diamond", OVERRIDE_REASON));
        assertThat(tier.get("history")).extracting(h -> h.get("to")).contains("registered", "gold", "diamond");
        Map<String, List<Map<String, Object>>> complaint = (Map<String, List<Map<String, Object>>>) doc.get("complaint");
        assertThat(complaint.get("cases")).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("number", story.caseNumber);
            assertThat(c.toString()).contains(SUBJECT, DESCRIPTION, CSAT, "COMPENSATION");
            assertThat(c.get("audit").toString()).contains(RESPONSE, NOTE);
        });
        assertThat(complaint.get("surveys")).singleElement().satisfies(s -> {
            assertThat(s).containsEntry("surveyKey", story.surveyKey).containsEntry("score", 9).containsEntry("comment", NPS);
        });
    }

    @Test
    void the_export_streams_each_context_section_by_section() {
        // given
        List<String> seen = new ArrayList<>();

        // when
        privacy.export(tenant, story.qiu, (context, section, item) -> {
            String key = context + "/" + section;
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(key)) {
                seen.add(key);
            }
        });

        // then: each section arrives in one run, contexts in order
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsSubsequence("customer/profile", "customer/interactions", "loyalty/ledger", "tier/history",
                "complaint/cases", "complaint/surveys", "value/purchases", "value/scores");
    }

    @Test
    void after_erasure_no_context_and_no_waiting_event_holds_her_strings() {
        // given
        String before = privacy.exportDocument(tenant, story.qiu).toString();
        assertThat(before).contains(SECRETS.toArray(String[]::new));

        // when
        privacy.erase(tenant, story.qiu);

        // then
        String after = privacy.exportDocument(tenant, story.qiu).toString();
        assertThat(after).doesNotContain(SECRETS.toArray(String[]::new));
        assertThat(after).contains(story.firstOrder, story.secondOrder, story.caseNumber, story.surveyKey, "diamond", PersonalData.ERASED);
        List<DomainEvent> events = Outboxes.drainEventsOf(crm.outbox(), tenant);
        assertThat(events.toString()).doesNotContain(SECRETS.toArray(String[]::new));
        assertThat(events).filteredOn(CustomerErased.class::isInstance).hasSize(1);
    }

    @Test
    void erasure_keeps_balances_totals_histories_and_case_figures() {
        // given
        Totals before = totals();

        // when
        privacy.erase(tenant, story.qiu);

        // then
        assertThat(totals()).isEqualTo(before);
    }

    @Test
    void erasing_twice_changes_nothing_more() {
        // given
        privacy.erase(tenant, story.qiu);
        Outboxes.drainEventsOf(crm.outbox(), tenant);
        Object once = withoutExportTime(privacy.exportDocument(tenant, story.qiu));

        // when
        privacy.erase(tenant, story.qiu);

        // then
        assertThat(withoutExportTime(privacy.exportDocument(tenant, story.qiu))).isEqualTo(once);
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_sales_part_exports_her_lead_deal_visit_and_contact_and_erasure_keeps_the_funnel_and_the_invoices() {
        // given
        Map<String, List<Map<String, Object>>> before = (Map<String, List<Map<String, Object>>>) privacy.exportDocument(tenant, story.qiu)
                .get("sales");
        ConversionReport funnel = crm.sales().conversionReport(tenant, clock.instant(), FunnelGrouping.ALL);
        String accountId = before.get("contacts").get(0).get("accountId").toString();
        List<AccountInvoice> invoices = crm.sales().invoices(tenant, accountId, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));

        // when
        privacy.erase(tenant, story.qiu);

        // then
        assertThat(before.get("leads")).singleElement().satisfies(l -> assertThat(l.toString()).contains(NAME, EMAIL, LEAD_NOTE));
        assertThat(before.get("opportunities")).singleElement().satisfies(o -> assertThat(o).containsEntry("title", DEAL));
        assertThat(before.get("stageHistory")).extracting(h -> h.get("toStage")).containsExactly("QUALIFIED", "PROPOSAL");
        assertThat(before.get("tasks")).singleElement().satisfies(t -> assertThat(t).containsEntry("title", VISIT));
        assertThat(before.get("contacts").get(0).toString()).contains(NAME, MOBILE_DIGITS, EMAIL, "music director");
        Map<String, List<Map<String, Object>>> after = (Map<String, List<Map<String, Object>>>) privacy.exportDocument(tenant, story.qiu)
                .get("sales");
        assertThat(after.toString()).doesNotContain(SECRETS.toArray(String[]::new)).contains("music director", "PROPOSAL");
        assertThat(crm.sales().conversionReport(tenant, clock.instant(), FunnelGrouping.ALL)).isEqualTo(funnel);
        assertThat(crm.sales().invoices(tenant, accountId, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))).isEqualTo(invoices);
    }

    @Test
    void a_customer_erased_by_the_customer_context_alone_is_erased_everywhere_by_privacy() {
        // given: the profile-only erasure of earlier versions
        crm.customers().erase(tenant, story.qiu);
        assertThat(privacy.exportDocument(tenant, story.qiu).toString()).contains(SUBJECT, NPS, ADJUST_REASON);

        // when
        privacy.erase(tenant, story.qiu);

        // then
        assertThat(privacy.exportDocument(tenant, story.qiu).toString()).doesNotContain(SECRETS.toArray(String[]::new));
    }

    @Test
    void an_erasure_whose_later_step_fails_erases_nothing() {
        // given: the customer part, then a part whose storage fails
        PersonalData failing = new PersonalData() {
            @Override
            public String context() {
                return "failing";
            }

            @Override
            public List<PersonalField> fields() {
                return List.of();
            }

            @Override
            public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {}

            @Override
            public void erase(TenantId tenantId, CustomerId customerId, Instant erasedAt) {
                throw new IllegalStateException("storage failed");
            }
        };
        PrivacyService halfBroken = new PrivacyService(List.of(privacy.contexts().get(0), privacy.contexts().get(3), failing),
                storage().transactions(), clock);

        // when
        assertThatThrownBy(() -> halfBroken.erase(tenant, story.qiu)).hasMessage("storage failed");

        // then
        assertThat(privacy.exportDocument(tenant, story.qiu).toString()).contains(NAME, SUBJECT, NPS, INTERACTION);
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).noneMatch(CustomerErased.class::isInstance);
    }

    @Test
    void an_unknown_customer_can_be_neither_exported_nor_erased() {
        // given
        CustomerId nobody = CustomerId.of("nobody-" + story.qiu.value());

        // then
        assertThatThrownBy(() -> privacy.exportDocument(tenant, nobody)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> privacy.erase(tenant, nobody)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> privacy.exportDocument(Tenants.fresh(), story.qiu)).isInstanceOf(NotFoundException.class);
    }

    /** What erasure must not change: amounts, points, balances, tiers, case and survey figures. */
    record Totals(Object account, Object balance, Object summary, Object scores, List<List<Object>> purchases, List<List<Object>> ledger,
            List<List<Object>> tierHistory, Object tier, List<List<Object>> cases, List<List<Object>> nps) {}

    private Totals totals() {
        List<List<Object>> purchases = new ArrayList<>();
        Page.forEach(r -> crm.value().purchases(tenant, story.qiu, r), 100, p -> purchases.add(List.of(p.orderId(), p.paid(), p.refunded())));
        List<List<Object>> cases = new ArrayList<>();
        Page.forEach(r -> crm.complaints().casesOf(tenant, story.qiu, r), 100, c -> cases.add(List.of(c.number(), c.status(), c.priority(),
                c.reopenCount(), c.resolution().goodwillPoints(), c.satisfaction().score(), c.escalationLevel())));
        return new Totals(
                storage().pointsLedger().find(new AccountRef(tenant, story.qiu, ProgrammeId.DEFAULT)).orElseThrow(),
                balance(),
                crm.value().summary(tenant, story.qiu).orElseThrow(),
                crm.value().value(tenant, story.qiu).orElseThrow(),
                purchases,
                statement().stream().map(e -> List.<Object>of(e.sequence(), e.type(), e.signedPoints(), e.availableAfter(), e.operationKey(),
                        e.actor())).toList(),
                crm.tiers().history(tenant, story.qiu, ProgrammeId.DEFAULT).stream().map(h -> List.<Object>of(h.sequence(),
                        String.valueOf(h.from()), h.to(), h.reason(), h.metric(), h.at())).toList(),
                crm.tiers().currentTier(tenant, story.qiu, ProgrammeId.DEFAULT).orElseThrow().code(),
                cases,
                crm.complaints().npsOf(tenant, story.qiu).stream().map(n -> List.<Object>of(n.surveyKey(), n.score(), n.at())).toList());
    }

    private BalanceView balance() {
        return crm.loyalty().balance(tenant, story.qiu, ProgrammeId.DEFAULT);
    }

    private List<LedgerEntry> statement() {
        List<LedgerEntry> all = new ArrayList<>();
        Page.forEach(r -> crm.loyalty().statement(tenant, story.qiu, ProgrammeId.DEFAULT, r), PageRequest.MAX_LIMIT, all::add);
        return all;
    }

    private static Object withoutExportTime(Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.remove("exportedAt");
        return copy.toString();
    }
}
