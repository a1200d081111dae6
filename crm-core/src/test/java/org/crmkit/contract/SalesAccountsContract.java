package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.contract.SalesScene.cny;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.crmkit.Crm;
import org.crmkit.sales.AccountContact;
import org.crmkit.sales.AccountInvoice;
import org.crmkit.sales.AddContact;
import org.crmkit.sales.BusinessAccount;
import org.crmkit.sales.OpenAccount;
import org.crmkit.sales.RecordInvoice;
import org.crmkit.sales.RecordInvoicePayment;
import org.crmkit.sales.RemoveContact;
import org.crmkit.sales.spi.CreditPolicy;
import org.crmkit.sales.spi.CreditTerms;
import org.crmkit.sales.spi.PaymentHistory;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.spi.CrmStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Business accounts (大客户): contacts, invoices with their payment dates, and the credit terms a good
 * payment record earns (若付款记录良好, 就可给客户优惠) under the standard policy and a plugged-in one.
 * Today is 2025-06-01 in the tenant's zone.
 */
public abstract class SalesAccountsContract {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private SalesScene scene;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void openTheScene() {
        scene = new SalesScene(storage());
        scene.events();
    }

    private BusinessAccount account(String key) {
        return scene.sales.openAccount(new OpenAccount(scene.tenant, key, "Hangzhou Tea Co.", "liu", CNY));
    }

    /** An invoice issued 30 days before its due date {@code monthsAgo} months before today, paid {@code daysLate} after it (null: unpaid). */
    private AccountInvoice invoice(BusinessAccount account, String ref, int monthsAgo, Integer daysLate) {
        LocalDate due = TODAY.minusMonths(monthsAgo);
        return scene.sales.recordInvoice(new RecordInvoice(scene.tenant, account.accountId(), ref, cny("12000.00"), due.minusDays(30), due,
                daysLate == null ? null : due.plusDays(daysLate)));
    }

    @Test
    void an_account_holds_customer_and_named_contacts_in_order_and_removes_one() {
        // given
        BusinessAccount account = account("acc-1");
        CustomerId li = scene.customer("Li Lei");

        // when
        BusinessAccount one = scene.sales.addContact(new AddContact(scene.tenant, account.accountId(), 1, li, null, "buyer", "+86 571 1111",
                "li@tea.example"));
        BusinessAccount two = scene.sales.addContact(new AddContact(scene.tenant, account.accountId(), 2, null, "Chen Jie", "finance", null,
                "chen@tea.example"));
        String chen = two.contacts().get(1).contactId();
        BusinessAccount three = scene.sales.removeContact(new RemoveContact(scene.tenant, account.accountId(), 3, chen));

        // then
        assertThat(one.contacts()).singleElement().satisfies(c -> assertThat(c.customerId()).isEqualTo(li));
        assertThat(two.contacts()).extracting(AccountContact::role).containsExactly("buyer", "finance");
        assertThat(three.contacts()).extracting(AccountContact::role).containsExactly("buyer");
        assertThat(three.version()).isEqualTo(4);
        assertThat(scene.sales.account(scene.tenant, account.accountId())).contains(three);
        assertThatThrownBy(() -> scene.sales.addContact(new AddContact(scene.tenant, account.accountId(), 4, li, null, "again", null, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> scene.sales.addContact(new AddContact(scene.tenant, account.accountId(), 2, null, "Late", "x", null, null)))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void an_invoice_number_is_its_key_a_replay_returns_it_and_other_details_are_refused() {
        // given
        BusinessAccount account = account("acc-1");
        AccountInvoice first = invoice(account, "INV-1", 1, null);

        // when
        AccountInvoice replay = invoice(account, "INV-1", 1, null);
        AccountInvoice paid = scene.sales.recordPayment(new RecordInvoicePayment(scene.tenant, account.accountId(), "INV-1", TODAY));
        AccountInvoice paidAgain = scene.sales.recordPayment(new RecordInvoicePayment(scene.tenant, account.accountId(), "INV-1", TODAY));

        // then
        assertThat(replay).isEqualTo(first);
        assertThat(paid.paidOn()).isEqualTo(TODAY);
        assertThat(paidAgain).isEqualTo(paid);
        assertThat(scene.sales.invoices(scene.tenant, account.accountId(), TODAY.minusYears(1), TODAY)).containsExactly(paid);
        assertThat(invoice(account, "INV-1", 1, null)).isEqualTo(paid);
        assertThatThrownBy(() -> invoice(account, "INV-1", 2, null)).isInstanceOf(IdempotencyKeyReusedException.class);
        assertThatThrownBy(() -> scene.sales.recordPayment(new RecordInvoicePayment(scene.tenant, account.accountId(), "INV-1",
                TODAY.minusDays(1)))).isInstanceOf(RuleViolationException.class).hasMessageContaining("paid on " + TODAY);
    }

    @Test
    void a_good_payment_record_earns_sixty_days_and_three_months_of_business_explained() {
        // given: twelve monthly invoices of 12,000.00 paid on time
        BusinessAccount account = account("acc-1");
        for (int month = 0; month < 12; month++) {
            invoice(account, "INV-" + month, month, 0);
        }

        // when
        CreditTerms terms = scene.sales.creditTerms(scene.tenant, account.accountId());

        // then: a month's business is 144,000.00 / 12
        assertThat(terms.policy()).isEqualTo("standard");
        assertThat(terms.paymentDays()).isEqualTo(60);
        assertThat(terms.creditLimit()).isEqualTo(cny("36000.00"));
        assertThat(terms.reasons()).anyMatch(r -> r.contains("12 invoices") && r.contains("12 paid on time"));
    }

    @Test
    void a_mostly_good_record_earns_thirty_days_a_poor_one_and_a_short_one_pay_before_delivery() {
        // given
        BusinessAccount good = account("acc-good");
        for (int month = 1; month <= 5; month++) {
            invoice(good, "G-" + month, month, month == 3 ? 10 : 0);
        }
        BusinessAccount poor = account("acc-poor");
        for (int month = 1; month <= 4; month++) {
            invoice(poor, "P-" + month, month, month <= 2 ? 5 : 0);
        }
        BusinessAccount fresh = account("acc-new");
        invoice(fresh, "N-1", 1, 0);

        // when
        CreditTerms goodTerms = scene.sales.creditTerms(scene.tenant, good.accountId());
        CreditTerms poorTerms = scene.sales.creditTerms(scene.tenant, poor.accountId());
        CreditTerms freshTerms = scene.sales.creditTerms(scene.tenant, fresh.accountId());

        // then: 4 of 5 on time is 0.80; 2 of 4 is 0.50
        assertThat(goodTerms.paymentDays()).isEqualTo(30);
        assertThat(goodTerms.creditLimit()).isEqualTo(cny("5000.00"));
        assertThat(poorTerms.paymentDays()).isZero();
        assertThat(poorTerms.creditLimit()).isEqualTo(cny("0.00"));
        assertThat(poorTerms.reasons()).anyMatch(r -> r.contains("0.5000"));
        assertThat(freshTerms.paymentDays()).isZero();
        assertThat(freshTerms.reasons()).anyMatch(r -> r.contains("fewer than 3"));
    }

    @Test
    void an_invoice_unpaid_over_thirty_days_past_due_stops_credit_however_good_the_rest() {
        // given
        BusinessAccount account = account("acc-1");
        for (int month = 2; month < 12; month++) {
            invoice(account, "INV-" + month, month, 0);
        }
        invoice(account, "LATE", 1, null);

        // when
        CreditTerms terms = scene.sales.creditTerms(scene.tenant, account.accountId());

        // then
        assertThat(terms.paymentDays()).isZero();
        assertThat(terms.creditLimit().isZero()).isTrue();
        assertThat(terms.reasons()).anyMatch(r -> r.contains("LATE"));
    }

    @Test
    void a_credit_policy_given_to_the_builder_decides_and_sees_the_last_twelve_months() {
        // given
        CreditPolicy counting = new CreditPolicy() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public CreditTerms decide(PaymentHistory history) {
                return new CreditTerms(name(), history.invoices().size(), Money.zero(history.currency()),
                        List.of("saw " + history.invoices().size() + " as of " + history.asOf()));
            }
        };
        scene = new SalesScene(Crm.builder().storage(storage()).creditPolicy(counting));
        BusinessAccount account = account("acc-1");
        invoice(account, "OLD", 13, 0);
        invoice(account, "IN-1", 11, 0);
        invoice(account, "IN-2", 0, 0);

        // when
        CreditTerms terms = scene.sales.creditTerms(scene.tenant, account.accountId());

        // then
        assertThat(terms.policy()).isEqualTo("counting");
        assertThat(terms.paymentDays()).isEqualTo(2);
        assertThat(terms.reasons()).containsExactly("saw 2 as of " + TODAY);
    }

    @Test
    void replaying_an_opening_returns_the_account_and_another_tenants_account_is_unknown_everywhere() {
        // given
        BusinessAccount account = account("acc-1");

        // when / then
        assertThat(account("acc-1")).isEqualTo(account);
        assertThatThrownBy(() -> scene.sales.openAccount(new OpenAccount(scene.tenant, "acc-1", "Other Co.", "liu", CNY)))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(scene.sales.account(scene.otherTenant, account.accountId())).isEmpty();
        assertThatThrownBy(() -> scene.sales.addContact(new AddContact(scene.otherTenant, account.accountId(), 1, null, "X", "r", null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.recordInvoice(new RecordInvoice(scene.otherTenant, account.accountId(), "I", cny("1.00"), TODAY,
                TODAY, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.creditTerms(scene.otherTenant, account.accountId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.recordPayment(new RecordInvoicePayment(scene.tenant, account.accountId(), "NONE", TODAY)))
                .isInstanceOf(NotFoundException.class);
        CustomerId elsewhere = scene.crm.customers().register(org.crmkit.testing.RegistrationBuilder.aRegistration(scene.otherTenant)
                .displayName("Zhou").build()).id();
        assertThatThrownBy(() -> scene.sales.addContact(new AddContact(scene.tenant, account.accountId(), 1, elsewhere, null, "r", null,
                null))).isInstanceOf(NotFoundException.class);
        assertThat(scene.sales.account(scene.tenant, account.accountId())).contains(account);
    }

    @Test
    void invalid_values_are_refused_with_every_violation_and_nothing_written() {
        // given
        BusinessAccount account = account("acc-1");

        // when / then
        assertThatThrownBy(() -> scene.sales.recordInvoice(new RecordInvoice(scene.tenant, account.accountId(), "", cny("0.00"), TODAY,
                TODAY.minusDays(1), TODAY.minusDays(2)))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("invoiceRef", "amount", "dueOn", "paidOn"));
        assertThatThrownBy(() -> scene.sales.recordInvoice(new RecordInvoice(scene.tenant, account.accountId(), "USD-1", Money.of("5.00", "USD"),
                TODAY, TODAY, null))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("CNY"));
        assertThatThrownBy(() -> scene.sales.addContact(new AddContact(scene.tenant, account.accountId(), 1, null, null, "", "", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .contains("name", "role", "phone", "email"));
        assertThatThrownBy(() -> scene.sales.openAccount(new OpenAccount(scene.tenant, "k", "a\u0000b", "", CNY)))
                .isInstanceOf(ValidationException.class);
        assertThat(scene.sales.invoices(scene.tenant, account.accountId(), TODAY.minusYears(1), TODAY.plusYears(1))).isEmpty();
        assertThat(scene.sales.account(scene.tenant, account.accountId())).contains(account);
    }
}
