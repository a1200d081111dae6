package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.shared.ValidationException;
import org.crmkit.testing.RegistrationBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: every constraint of {@link RegisterCustomer} and of the nested {@link ContactPoint}
 * and {@link Demographics} refuses a bad value, names the field, and writes nothing.
 */
public abstract class RegistrationValidationContract extends CustomerServiceFixture {

    static Stream<InvalidCommand<RegisterCustomer>> invalidRegistrations() {
        return Stream.of(
                bad("no tenant", "tenantId", r -> r.tenant(null)),
                bad("no name", "displayName", r -> r.displayName(null)),
                bad("blank name", "displayName", r -> r.displayName(" \t ")),
                bad("201-character name", "displayName", r -> r.displayName("x".repeat(201))),
                bad("name with NUL", "displayName", r -> r.displayName("Li\u0000Lei")),
                bad("name with a line break", "displayName", r -> r.displayName("Li\nLei")),
                bad("21 contacts", "contacts", r -> r.contacts(wechatIds(21))),
                bad("null contact", "contacts[0]*", r -> r.contacts((ContactPoint) null)),
                bad("blank contact value", "contacts[0].value", r -> r.contacts(ContactPoint.of(ContactType.WECHAT, "   "))),
                bad("501-character address", "contacts[0].value",
                        r -> r.contacts(ContactPoint.of(ContactType.POSTAL_ADDRESS, "路".repeat(501)))),
                bad("address with a line break", "contacts[0].value",
                        r -> r.contacts(ContactPoint.of(ContactType.POSTAL_ADDRESS, "1 Main St\nSpringfield"))),
                bad("mobile with letters", "contacts[1].value", r -> r.contacts(
                        ContactPoint.of(ContactType.EMAIL, "li@example.com"), ContactPoint.of(ContactType.MOBILE, "138-CALL-ME"))),
                bad("mobile too short", "contacts[0].value", r -> r.contacts(ContactPoint.of(ContactType.MOBILE, "12345"))),
                bad("mobile too long", "contacts[0].value", r -> r.contacts(ContactPoint.of(ContactType.MOBILE, "+1234567890123456"))),
                bad("email without domain", "contacts[0].value", r -> r.contacts(ContactPoint.of(ContactType.EMAIL, "li@example"))),
                bad("email with two @", "contacts[0].value", r -> r.contacts(ContactPoint.of(ContactType.EMAIL, "li@@example.com"))),
                bad("birth date in the future", "demographics.birthDate",
                        r -> r.demographics(new Demographics(LocalDate.of(2999, 1, 1), null, null, null, null))),
                bad("101-character region", "demographics.region",
                        r -> r.demographics(new Demographics(null, null, "r".repeat(101), null, null))),
                bad("region with NUL", "demographics.region",
                        r -> r.demographics(new Demographics(null, null, "\u0000", null, null))),
                bad("101-character city", "demographics.city",
                        r -> r.demographics(new Demographics(null, null, null, "c".repeat(101), null))),
                bad("city with a line break", "demographics.city",
                        r -> r.demographics(new Demographics(null, null, null, "Shang\nhai", null))),
                bad("occupation with NUL", "demographics.occupation",
                        r -> r.demographics(new Demographics(null, null, null, null, "chef\u0000"))),
                bad("101-character occupation", "demographics.occupation",
                        r -> r.demographics(new Demographics(null, null, null, null, "o".repeat(101)))),
                bad("51 preferences", "preferences", r -> r.preferences(preferences(51))),
                bad("preference key with a space", "preferences*", r -> r.preferences(Map.of("shoe size", "42"))),
                bad("65-character preference key", "preferences*", r -> r.preferences(Map.of("k".repeat(65), "v"))),
                bad("blank preference key", "preferences*", r -> r.preferences(Map.of(" ", "v"))),
                bad("null preference value", "preferences*", r -> r.preferences(nullValued("size"))),
                bad("501-character preference value", "preferences*", r -> r.preferences(Map.of("note", "v".repeat(501)))),
                bad("preference value with a line break", "preferences*", r -> r.preferences(Map.of("note", "a\nb"))),
                bad("101 tags", "tags", r -> r.tags(tags(101))),
                bad("tag with a space", "tags*", r -> r.tags(Set.of("big spender"))),
                bad("65-character tag", "tags*", r -> r.tags(Set.of("t".repeat(65)))),
                bad("empty tag", "tags*", r -> r.tags(Set.of(""))),
                bad("no source channel", "sourceChannel", r -> r.sourceChannel(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRegistrations")
    void an_invalid_registration_is_refused_naming_the_field_and_nothing_is_written(InvalidCommand<RegisterCustomer> row) {
        // given
        RegisterCustomer command = row.commandFor(tenant, null);

        // when
        ValidationException error = validationErrorOf(() -> customers.register(command));

        // then
        assertThat(error.command()).isEqualTo("RegisterCustomer");
        row.assertNamedIn(fieldsOf(error));
        assertThat(error.getMessage()).contains(row.field().replace("*", ""));
        assertThat(everyCustomerOf(tenant)).isEmpty();
        assertThat(drainEventsOfTenant()).isEmpty();
    }

    @Test
    void a_registration_with_several_bad_fields_lists_every_one_sorted_by_field() {
        // given
        RegisterCustomer command = aRegistration()
                .displayName("")
                .contacts(ContactPoint.of(ContactType.MOBILE, "not a phone"))
                .demographics(new Demographics(LocalDate.of(2999, 1, 1), null, null, "x".repeat(101), null))
                .sourceChannel(null)
                .build();

        // when
        ValidationException error = validationErrorOf(() -> customers.register(command));

        // then
        assertThat(fieldsOf(error)).containsSubsequence(
                "contacts[0].value", "demographics.birthDate", "demographics.city", "displayName", "sourceChannel");
        assertThat(fieldsOf(error)).isSorted();
        assertThat(error.getMessage()).contains("contacts[0].value", "demographics.birthDate", "demographics.city",
                "displayName", "sourceChannel");
        assertThat(everyCustomerOf(tenant)).isEmpty();
    }

    @Test
    void the_largest_valid_registration_is_accepted() {
        // given
        RegisterCustomer command = aRegistration()
                .displayName("n".repeat(200))
                .contacts(wechatIds(20))
                .demographics(new Demographics(LocalDate.of(1900, 1, 1), null, "r".repeat(100), "c".repeat(100), "o".repeat(100)))
                .preferences(preferences(50))
                .tags(tags(100))
                .build();

        // when
        var registered = customers.register(command);

        // then
        assertThat(customers.get(tenant, registered.id())).isEqualTo(registered);
    }

    private static InvalidCommand<RegisterCustomer> bad(String why, String field, UnaryOperator<RegistrationBuilder> change) {
        return InvalidCommand.of(why, field, (tenant, id) -> change.apply(RegistrationBuilder.aRegistration(tenant)).build());
    }

    private static List<ContactPoint> wechatIds(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> ContactPoint.of(ContactType.WECHAT, "wx_" + i)).toList();
    }

    private static Map<String, String> preferences(int count) {
        return IntStream.rangeClosed(1, count).boxed().collect(Collectors.toMap(i -> "key" + i, i -> "value" + i));
    }

    private static Set<String> tags(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "tag-" + i).collect(Collectors.toCollection(HashSet::new));
    }

    private static Map<String, String> nullValued(String key) {
        Map<String, String> map = new HashMap<>();
        map.put(key, null);
        return map;
    }
}
