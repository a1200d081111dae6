package org.crmkit.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ContactNormalisationTest {

    @ParameterizedTest(name = "{0} \"{1}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "MOBILE|13800138000|+8613800138000",
            "MOBILE|138 0013 8000|+8613800138000",
            "MOBILE|138-0013-8000|+8613800138000",
            "MOBILE|(138) 0013.8000|+8613800138000",
            "MOBILE| 13800138000 |+8613800138000",
            "MOBILE|+86 138 0013 8000|+8613800138000",
            "MOBILE|0086 138 0013 8000|+8613800138000",
            "MOBILE|+1 (415) 555-0100|+14155550100",
            "MOBILE|0044 7700 900123|+447700900123",
            "MOBILE|010-1234-5678|01012345678",
            "MOBILE|8613800138000|+8613800138000",
            "EMAIL|Li@Example.COM|li@example.com",
            "EMAIL|  li@example.com\t|li@example.com",
            "WECHAT| wx_Li |wx_Li",
            "OTHER_IM|QQ:10001|QQ:10001",
            "POSTAL_ADDRESS| 上海市 浦东新区 |上海市 浦东新区"})
    void a_contact_value_is_normalised_for_its_type(ContactType type, String raw, String normalised) {
        // when / then
        assertThat(type.normalize(raw)).isEqualTo(normalised);
        assertThat(type.normalize(normalised)).as("normalising is idempotent").isEqualTo(normalised);
    }

    @Test
    void normalising_anything_typed_on_a_phone_keypad_twice_gives_the_same_number_as_once() {
        // when / then
        qt().forAll(lists().of(arbitrary().pick('0', '0', '1', '3', '6', '8', '+', ' ', '-', '(', ')', '.')).ofSizeBetween(0, 20)
                        .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining())))
                .check(raw -> {
                    String once = ContactType.MOBILE.normalize(raw);
                    return ContactType.MOBILE.normalize(once).equals(once)
                            && ContactType.MOBILE.isWellFormed(once) == ContactType.MOBILE.isWellFormed(raw);
                });
    }

    @ParameterizedTest
    @EnumSource(value = ContactType.class, names = "MOBILE", mode = EnumSource.Mode.EXCLUDE)
    void normalising_any_text_twice_gives_the_same_result_as_once(ContactType type) {
        // when / then
        qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40))
                .check(raw -> type.normalize(type.normalize(raw)).equals(type.normalize(raw)));
    }

    @ParameterizedTest(name = "{0} \"{1}\" well-formed: {2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "MOBILE|138 0013 8000|true",
            "MOBILE|123456|true",
            "MOBILE|+123456789012345|true",
            "MOBILE|12345|false",
            "MOBILE|+1234567890123456|false",
            "MOBILE|138-CALL-ME|false",
            "MOBILE|++8613800138000|false",
            "MOBILE|１３８００１３８０００|false",
            "EMAIL|li@example.com|true",
            "EMAIL|Li.Lei+crm@mail.example.co.uk|true",
            "EMAIL|li@example|false",
            "EMAIL|li@@example.com|false",
            "EMAIL|li lei@example.com|false",
            "EMAIL|@example.com|false",
            "EMAIL|li@.com|false",
            "WECHAT|wx_li|true",
            "WECHAT|   |false",
            "POSTAL_ADDRESS|1 Main St|true"})
    void a_contact_value_is_well_formed_only_if_its_normalised_form_fits_the_type(ContactType type, String raw, boolean expected) {
        // when / then
        assertThat(type.isWellFormed(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} identifying: {1}, label {2}")
    @CsvSource({"MOBILE, true, mobile", "EMAIL, true, email", "WECHAT, false, WeChat id", "OTHER_IM, false, IM id",
            "POSTAL_ADDRESS, false, postal address"})
    void only_mobile_and_email_identify_a_customer(ContactType type, boolean identifying, String label) {
        // when / then
        assertThat(type.isIdentifying()).isEqualTo(identifying);
        assertThat(type.label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"138 0013 8000", "+86 (138) 0013-8000"})
    void a_normalised_contact_point_keeps_its_type_and_verified_flag(String raw) {
        // when
        ContactPoint normalised = ContactPoint.verified(ContactType.MOBILE, raw).normalized();

        // then
        assertThat(normalised).isEqualTo(ContactPoint.verified(ContactType.MOBILE, "+8613800138000"));
    }
}
