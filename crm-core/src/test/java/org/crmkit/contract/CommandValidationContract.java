package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.testing.InteractionCommandBuilder.anInteraction;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.crmkit.customer.ChangeStage;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Customer;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.MarketingChannel;
import org.crmkit.customer.RecordConsent;
import org.crmkit.customer.RecordInteraction;
import org.crmkit.customer.UpdateProfile;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: every constraint of the commands that change an existing customer refuses a bad
 * value, names the field, and leaves the customer, its timeline and the outbox untouched.
 */
public abstract class CommandValidationContract extends CustomerServiceFixture {

    private Customer li;

    @BeforeEach
    void registerAndForgetItsEvent() {
        li = registerLiLei();
        drainEventsOfTenant();
    }

    static Stream<InvalidCommand<Object>> invalidCommands() {
        return Stream.of(
                bad("update without tenant", "tenantId", (t, id) -> UpdateProfile.of(null, id).withDisplayName("x")),
                bad("update without customer", "customerId", (t, id) -> UpdateProfile.of(t, null).withDisplayName("x")),
                bad("update expecting version -1", "expectedVersion", (t, id) -> UpdateProfile.of(t, id).expectingVersion(-1)),
                bad("update to an empty name", "displayName", (t, id) -> UpdateProfile.of(t, id).withDisplayName("")),
                bad("update to a blank name", "displayName", (t, id) -> UpdateProfile.of(t, id).withDisplayName("   ")),
                bad("update to a 201-character name", "displayName", (t, id) -> UpdateProfile.of(t, id).withDisplayName("x".repeat(201))),
                bad("update to a name with NUL", "displayName", (t, id) -> UpdateProfile.of(t, id).withDisplayName("Li\u0000")),
                bad("update to 21 contacts", "contacts", (t, id) -> UpdateProfile.of(t, id).withContacts(
                        IntStream.range(0, 21).mapToObj(i -> ContactPoint.of(ContactType.WECHAT, "wx" + i)).toList())),
                bad("update to a malformed email", "contacts[0].value", (t, id) -> UpdateProfile.of(t, id)
                        .withContacts(List.of(ContactPoint.of(ContactType.EMAIL, "li at example.com")))),
                bad("update to a future birth date", "demographics.birthDate", (t, id) -> UpdateProfile.of(t, id)
                        .withDemographics(new Demographics(LocalDate.of(2999, 1, 1), null, null, null, null))),
                bad("update to a 101-character city", "demographics.city", (t, id) -> UpdateProfile.of(t, id)
                        .withDemographics(new Demographics(null, null, null, "c".repeat(101), null))),
                bad("update to 51 preferences", "preferences", (t, id) -> UpdateProfile.of(t, id).withPreferences(
                        IntStream.range(0, 51).boxed().collect(Collectors.toMap(i -> "k" + i, i -> "v")))),
                bad("update to a preference key with a space", "preferences*", (t, id) -> UpdateProfile.of(t, id)
                        .withPreferences(Map.of("shoe size", "42"))),
                bad("update to a null preference value", "preferences*", (t, id) -> UpdateProfile.of(t, id)
                        .withPreferences(nullValued("size"))),
                bad("update to a blank preference key", "preferences*", (t, id) -> UpdateProfile.of(t, id)
                        .withPreferences(Map.of("", "v"))),
                bad("update to a 65-character preference key", "preferences*", (t, id) -> UpdateProfile.of(t, id)
                        .withPreferences(Map.of("k".repeat(65), "v"))),
                bad("update to a 501-character preference value", "preferences*", (t, id) -> UpdateProfile.of(t, id)
                        .withPreferences(Map.of("note", "v".repeat(501)))),
                bad("update to a preference value with a line break", "preferences*", (t, id) -> UpdateProfile.of(t, id)
                        .withPreferences(Map.of("note", "a\nb"))),
                bad("update to a null contact", "contacts[0]*", (t, id) -> UpdateProfile.of(t, id)
                        .withContacts(Arrays.asList((ContactPoint) null))),
                bad("update to a contact with a line break", "contacts[0].value", (t, id) -> UpdateProfile.of(t, id)
                        .withContacts(List.of(ContactPoint.of(ContactType.POSTAL_ADDRESS, "a\nb")))),
                bad("update to a region with a line break", "demographics.region", (t, id) -> UpdateProfile.of(t, id)
                        .withDemographics(new Demographics(null, null, "a\nb", null, null))),
                bad("stage change without tenant", "tenantId", (t, id) -> ChangeStage.to(null, id, LifecycleStage.ACTIVE)),
                bad("stage change without customer", "customerId", (t, id) -> ChangeStage.to(t, null, LifecycleStage.ACTIVE)),
                bad("stage change without target", "target", (t, id) -> ChangeStage.to(t, id, null)),
                bad("stage change with a 501-character reason", "reason",
                        (t, id) -> new ChangeStage(t, id, LifecycleStage.ACTIVE, "r".repeat(501))),
                bad("stage change with NUL in the reason", "reason",
                        (t, id) -> new ChangeStage(t, id, LifecycleStage.ACTIVE, "bought\u0000")),
                bad("tags without tenant", "tenantId", (t, id) -> ChangeTags.of(null, id, "vip")),
                bad("tags without customer", "customerId", (t, id) -> ChangeTags.of(t, null, "vip")),
                bad("no tags", "tags", (t, id) -> ChangeTags.of(t, id)),
                bad("null tags", "tags", (t, id) -> new ChangeTags(t, id, null)),
                bad("101 tags", "tags", (t, id) -> new ChangeTags(t, id,
                        IntStream.range(0, 101).mapToObj(i -> "t" + i).collect(Collectors.toSet()))),
                bad("tag with a space", "tags*", (t, id) -> ChangeTags.of(t, id, "big spender")),
                bad("65-character tag", "tags*", (t, id) -> ChangeTags.of(t, id, "t".repeat(65))),
                bad("blank tag", "tags*", (t, id) -> ChangeTags.of(t, id, " ")),
                bad("consent without tenant", "tenantId", (t, id) -> new RecordConsent(null, id, MarketingChannel.SMS, true)),
                bad("consent without customer", "customerId", (t, id) -> new RecordConsent(t, null, MarketingChannel.SMS, true)),
                bad("consent without channel", "channel", (t, id) -> new RecordConsent(t, id, null, true)),
                bad("interaction without tenant", "tenantId", (t, id) -> anInteraction(null, id).build()),
                bad("interaction without customer", "customerId", (t, id) -> anInteraction(t, null).build()),
                bad("interaction without channel", "channel", (t, id) -> anInteraction(t, id).channel(null).build()),
                bad("interaction without direction", "direction", (t, id) -> anInteraction(t, id).direction(null).build()),
                bad("interaction without type", "type", (t, id) -> anInteraction(t, id).type(null).build()),
                bad("101-character staff member", "staffMember", (t, id) -> anInteraction(t, id).staffMember("s".repeat(101)).build()),
                bad("staff member with a line break", "staffMember", (t, id) -> anInteraction(t, id).staffMember("a\nb").build()),
                bad("interaction without summary", "summary", (t, id) -> anInteraction(t, id).summary(null).build()),
                bad("blank summary", "summary", (t, id) -> anInteraction(t, id).summary(" \n ").build()),
                bad("4001-character summary", "summary", (t, id) -> anInteraction(t, id).summary("s".repeat(4001)).build()),
                bad("summary with NUL", "summary", (t, id) -> anInteraction(t, id).summary("called\u0000back").build()),
                bad("summary with an escape character", "summary", (t, id) -> anInteraction(t, id).summary("\u001b[31mred").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCommands")
    void an_invalid_command_is_refused_naming_the_field_and_nothing_is_written(InvalidCommand<Object> row) {
        // given
        Object command = row.commandFor(tenant, li.id());

        // when
        ValidationException error = validationErrorOf(execute(command));

        // then
        assertThat(error.command()).isEqualTo(command.getClass().getSimpleName());
        row.assertNamedIn(fieldsOf(error));
        assertThat(customers.get(tenant, li.id())).isEqualTo(li);
        assertThat(customers.interactions(tenant, li.id(), PageRequest.first(10)).items()).isEmpty();
        assertThat(drainEventsOfTenant()).isEmpty();
    }

    @Test
    void a_command_with_several_bad_fields_lists_every_one() {
        // given
        var command = anInteraction(tenant, li.id()).channel(null).type(null).staffMember("x\ny").summary("").build();

        // when
        ValidationException error = validationErrorOf(() -> customers.recordInteraction(command));

        // then
        assertThat(fieldsOf(error)).containsExactlyInAnyOrder("channel", "staffMember", "summary", "type").isSorted();
    }

    @Test
    void free_text_may_hold_tabs_and_line_breaks() {
        // when
        customers.changeStage(new ChangeStage(tenant, li.id(), LifecycleStage.ACTIVE, "first order:\r\n\tJD-0001"));
        customers.recordInteraction(anInteraction(tenant, li.id()).summary("line one\nline two\r\n\tindented").build());

        // then
        assertThat(customers.get(tenant, li.id()).stage()).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(customers.interactions(tenant, li.id(), PageRequest.first(1)).items().get(0).summary())
                .isEqualTo("line one\nline two\r\n\tindented");
    }

    private ThrowingCallable execute(Object command) {
        if (command instanceof UpdateProfile c) {
            return () -> customers.updateProfile(c);
        } else if (command instanceof ChangeStage c) {
            return () -> customers.changeStage(c);
        } else if (command instanceof ChangeTags c) {
            return () -> customers.addTags(c);
        } else if (command instanceof RecordConsent c) {
            return () -> customers.recordConsent(c);
        }
        return () -> customers.recordInteraction((RecordInteraction) command);
    }

    private static InvalidCommand<Object> bad(String why, String field,
            BiFunction<TenantId, CustomerId, Object> command) {
        return InvalidCommand.of(why, field, command);
    }

    private static Map<String, String> nullValued(String key) {
        Map<String, String> map = new HashMap<>();
        map.put(key, null);
        return map;
    }
}
