package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.testing.InteractionCommandBuilder.anInteraction;

import java.util.Map;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Customer;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.Interaction;
import org.crmkit.customer.UpdateProfile;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end: text that breaks naive storages (SQL metacharacters, emoji, mixed scripts,
 * combining marks) is stored and read back exactly; text no profile should hold is refused with
 * a clear message.
 */
public abstract class HostileInputContract extends CustomerServiceFixture {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Robert'); DROP TABLE crm_customer;--",
            "' OR '1'='1",
            "50% off_ \\ \"quoted\" `tick` ; /* comment */",
            "😀👍🏽",
            "👨‍👩‍👧‍👦 family",
            "李雷 Лена عربى",
            "e\u0301 vs \u00e9 (combining acute vs precomposed)",
            "ﬁ ＡＢＣ ①",
            "\u202Eright-to-left override",
            "x"})
    void a_name_is_stored_and_read_back_exactly(String name) {
        // given
        Customer registered = customers.register(aRegistration().displayName(name)
                .contacts(ContactPoint.of(ContactType.POSTAL_ADDRESS, name), ContactPoint.of(ContactType.WECHAT, name))
                .demographics(new Demographics(null, null, name, name, name))
                .preferences(Map.of("note", name))
                .build());
        customers.recordInteraction(anInteraction(tenant, registered.id()).staffMember(name).summary(name).build());

        // when
        Customer read = customers.get(tenant, registered.id());
        Interaction interaction = customers.interactions(tenant, registered.id(), PageRequest.first(1)).items().get(0);

        // then
        assertThat(read.displayName()).isEqualTo(name);
        assertThat(read.contacts()).extracting(ContactPoint::value).containsExactly(name, name);
        assertThat(read.demographics()).isEqualTo(new Demographics(null, null, name, name, name));
        assertThat(read.preferences()).containsEntry("note", name);
        assertThat(read).isEqualTo(registered);
        assertThat(interaction.summary()).isEqualTo(name);
        assertThat(interaction.staffMember()).isEqualTo(name);
        assertThat(everyCustomerOf(tenant)).extracting(Customer::displayName).containsExactly(name);
    }

    @Test
    void tags_and_preference_keys_in_any_script_are_kept() {
        // given
        Customer li = registerLiLei();

        // when
        customers.addTags(ChangeTags.of(tenant, li.id(), "高价值", "ценный", "vip:gold", "a.b_c-d"));
        customers.updateProfile(UpdateProfile.of(tenant, li.id()).withPreferences(Map.of("尺码", "XL", "颜色", "红")));

        // then
        Customer read = customers.get(tenant, li.id());
        assertThat(read.tags()).containsExactlyInAnyOrder("高价值", "ценный", "vip:gold", "a.b_c-d");
        assertThat(read.preferences()).isEqualTo(Map.of("尺码", "XL", "颜色", "红"));
    }

    @Test
    void a_ten_thousand_character_name_is_refused_with_a_short_clear_message() {
        // given
        String huge = "名".repeat(10_000);

        // when
        ValidationException error = validationErrorOf(() -> customers.register(aRegistration().displayName(huge).build()));

        // then
        assertThat(fieldsOf(error)).containsExactly("displayName");
        assertThat(error.getMessage()).contains("displayName", "200").hasSizeLessThan(500);
        assertThat(everyCustomerOf(tenant)).isEmpty();
    }

    @ParameterizedTest(name = "name with U+{0}")
    @ValueSource(ints = {0x00, 0x0A, 0x0D, 0x09, 0x1B, 0x7F})
    void a_name_with_a_control_character_is_refused_saying_why(int control) {
        // given
        String name = "Li" + (char) control + "Lei";

        // when
        ValidationException error = validationErrorOf(() -> customers.register(aRegistration().displayName(name).build()));

        // then
        assertThat(fieldsOf(error)).containsExactly("displayName");
        assertThat(error.violations().get(0).message()).contains("control characters");
        assertThat(everyCustomerOf(tenant)).isEmpty();
    }

    @Test
    void a_refusal_does_not_echo_control_characters_into_the_message_that_gets_logged() {
        // given a name that would forge a second log line if echoed verbatim
        String forged = "Li\n2025-06-01 INFO AdminService - admin granted superuser to mallory\u0000";

        // when
        ValidationException error = validationErrorOf(() -> customers.register(aRegistration().displayName(forged).build()));

        // then
        assertThat(error.getMessage()).doesNotContain("\n", "\u0000");
        assertThat(error.violations().get(0).invalidValue()).doesNotContain("\n", "\u0000");
    }
}
