package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.crmkit.value.scoring.CustomerValue;
import org.crmkit.value.scoring.CustomerValues;
import org.crmkit.value.scoring.Prediction;
import org.crmkit.value.scoring.RfmScore;
import org.crmkit.value.scoring.RfmSegment;
import org.crmkit.value.scoring.ValueLevel;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CustomerValues}: the latest value of each customer, read back field for
 * field (amounts compared by value, not by scale), replaced by the next save, paged in customer id
 * order, per tenant.
 */
public abstract class CustomerValuesPortContract extends PortContract {

    private static final Instant SCORED = Instant.parse("2025-06-30T16:00:00.000001Z");

    @Test
    void every_field_of_a_value_with_a_prediction_survives_the_round_trip_at_its_edges() {
        // given
        CustomerValue value = new CustomerValue(tenant, aStoredCustomer(tenant, "li"), SCORED,
                new RfmScore(0, Long.MAX_VALUE, new BigDecimal("999999999999999999999999.99"), 5, 5, 5, RfmSegment.CHAMPIONS),
                Optional.of(new Prediction(1.0, 0.1234567890123456789, new BigDecimal("0.01"), new BigDecimal("-12.34"))), ValueLevel.GOLD);

        // when
        run(() -> values().saveAll(List.of(value)));

        // then
        assertSameValue(find(tenant, value.customerId()), value);
    }

    @Test
    void a_value_without_a_prediction_reads_back_without_one() {
        // given
        CustomerValue value = valueOf(tenant, aStoredCustomer(tenant, "li"), 1, ValueLevel.LEAD);

        // when
        run(() -> values().saveAll(List.of(value)));

        // then
        assertSameValue(find(tenant, value.customerId()), value);
        assertThat(find(tenant, value.customerId()).orElseThrow().prediction()).isEmpty();
    }

    @Test
    void saving_again_replaces_each_customers_value_and_leaves_the_others_alone() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        CustomerValue hansValue = valueOf(tenant, han, 2, ValueLevel.IRON);
        CustomerValue predicted = new CustomerValue(tenant, li, SCORED, rfm(3),
                Optional.of(new Prediction(0.0, 0.0, BigDecimal.ZERO, BigDecimal.ZERO)), ValueLevel.SILVER);
        run(() -> values().saveAll(List.of(predicted, hansValue)));
        CustomerValue rescored = new CustomerValue(tenant, li, SCORED.plusSeconds(86_400), rfm(1), Optional.empty(), ValueLevel.LEAD);

        // when
        run(() -> values().saveAll(List.of(rescored)));

        // then
        assertSameValue(find(tenant, li), rescored);
        assertSameValue(find(tenant, han), hansValue);
    }

    @Test
    void saving_no_values_changes_nothing() {
        // given
        CustomerValue value = valueOf(tenant, aStoredCustomer(tenant, "li"), 4, ValueLevel.GOLD);
        run(() -> values().saveAll(List.of(value)));

        // when
        run(() -> values().saveAll(List.of()));

        // then
        assertSameValue(find(tenant, value.customerId()), value);
    }

    @Test
    void an_unscored_customer_or_another_tenants_customer_has_no_value() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> values().saveAll(List.of(valueOf(tenant, li, 4, ValueLevel.GOLD))));

        // when / then
        assertThat(find(tenant, aStoredCustomer(tenant, "han"))).isEmpty();
        assertThat(find(Tenants.fresh(), li)).isEmpty();
    }

    @Test
    void the_tenants_values_are_paged_in_customer_id_order() {
        // given ids that sort alike in any collation, saved out of order
        List<String> ids = new ArrayList<>();
        List<CustomerValue> batch = new ArrayList<>();
        for (int i = 7; i >= 1; i--) {
            String id = "c" + String.format("%04d", i * 3);
            ids.add(0, id);
            batch.add(valueOf(tenant, aStoredCustomer(tenant, id), 1 + i % 5, ValueLevel.IRON));
        }
        run(() -> values().saveAll(batch));
        TenantId neighbour = Tenants.fresh();
        run(() -> values().saveAll(List.of(valueOf(neighbour, aStoredCustomer(neighbour, "c0001"), 1, ValueLevel.LEAD))));

        // when
        List<List<CustomerValue>> pages = pages(r -> values().page(tenant, r), 3);

        // then
        assertThat(pages.stream().flatMap(List::stream).map(v -> v.customerId().value())).containsExactlyElementsOf(ids);
        assertThat(pages).extracting(List::size).startsWith(3, 3);
    }

    @Test
    void a_tenant_without_values_has_one_empty_last_page() {
        // when / then
        assertThat(pages(r -> values().page(tenant, r), 10)).containsExactly(List.of());
    }

    @Test
    void values_saved_in_a_unit_of_work_that_fails_are_undone() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerValue first = valueOf(tenant, li, 5, ValueLevel.GOLD);
        run(() -> values().saveAll(List.of(first)));
        CustomerId han = aStoredCustomer(tenant, "han");

        // when
        runAndRollBack(() -> values().saveAll(List.of(valueOf(tenant, li, 1, ValueLevel.LEAD), valueOf(tenant, han, 1, ValueLevel.LEAD))));

        // then
        assertSameValue(find(tenant, li), first);
        assertThat(find(tenant, han)).isEmpty();
    }

    @Test
    void the_scores_of_many_customers_leave_out_a_scored_customer_whose_id_lies_between_the_asked_ones() {
        // given three scored customers; the first and the last by id are asked for
        List<CustomerId> three = new ArrayList<>(List.of(aStoredCustomer(tenant, "a"), aStoredCustomer(tenant, "b"),
                aStoredCustomer(tenant, "c")));
        run(() -> values().saveAll(three.stream().map(c -> valueOf(tenant, c, 3, ValueLevel.GOLD)).toList()));
        three.sort(Comparator.comparing(CustomerId::value));
        List<CustomerId> asked = List.of(three.get(0), three.get(2));

        // when
        Map<CustomerId, CustomerValue> found = tx(() -> values().findAll(tenant, asked));

        // then the one between is not in the answer
        assertThat(found).containsOnlyKeys(asked);
    }

    @Test
    void the_scores_of_many_customers_are_read_at_once_and_only_in_their_tenant() {
        // given li and han are scored, mei is not; li of another tenant is scored too
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        CustomerId mei = aStoredCustomer(tenant, "mei");
        TenantId neighbour = Tenants.fresh();
        CustomerValue lisValue = valueOf(tenant, li, 5, ValueLevel.GOLD);
        CustomerValue hansValue = valueOf(tenant, han, 2, ValueLevel.IRON);
        run(() -> values().saveAll(List.of(lisValue, hansValue)));
        run(() -> values().saveAll(List.of(valueOf(neighbour, aStoredCustomer(neighbour, "li"), 1, ValueLevel.LEAD))));

        // when
        Map<CustomerId, CustomerValue> found = tx(() -> values().findAll(tenant, List.of(li, han, mei, CustomerId.of("nobody"))));

        // then each is what the customer's own read gives
        assertThat(found).containsOnly(Map.entry(li, find(tenant, li).orElseThrow()), Map.entry(han, find(tenant, han).orElseThrow()));
        assertSameValue(Optional.of(found.get(li)), lisValue);
        assertThat(tx(() -> values().findAll(tenant, List.of()))).isEmpty();
    }

    @Test
    void a_scoring_runs_worth_of_values_saved_at_once_reads_back_each_exactly() {
        // given more values than a scoring page (and than one multi-row statement on Citus), every
        // third without a prediction, the predictions' doubles at many magnitudes and full precision
        List<CustomerValue> batch = new ArrayList<>();
        for (int i = 0; i < 1_203; i++) {
            CustomerId id = aStoredCustomer(tenant, String.format("s%05d", i));
            Optional<Prediction> prediction = i % 3 == 0 ? Optional.empty()
                    : Optional.of(new Prediction(i % 7 == 1 ? Double.MIN_VALUE : 1.0 / (i + 2), Math.PI * i / 3e5 + Math.ulp(1.0) * i,
                            new BigDecimal(i).movePointLeft(4), new BigDecimal(-i).movePointLeft(2)));
            batch.add(new CustomerValue(tenant, id, SCORED.plusNanos(1_000L * i), rfm(1 + i % 5), prediction, ValueLevel.values()[i % 4]));
        }

        // when
        run(() -> values().saveAll(batch));

        // then
        Map<CustomerId, CustomerValue> found = tx(() -> values().findAll(tenant, batch.stream().map(CustomerValue::customerId).toList()));
        assertThat(found).hasSize(batch.size());
        batch.forEach(value -> assertSameValue(Optional.ofNullable(found.get(value.customerId())), value));
    }

    @Test
    void a_customer_given_twice_in_one_save_keeps_the_later_value_as_two_saves_would() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        CustomerValue earlier = valueOf(tenant, li, 1, ValueLevel.LEAD);
        CustomerValue later = valueOf(tenant, li, 5, ValueLevel.GOLD);
        CustomerValue hansValue = valueOf(tenant, han, 3, ValueLevel.SILVER);

        // when
        run(() -> values().saveAll(List.of(earlier, hansValue, later)));

        // then
        assertSameValue(find(tenant, li), later);
        assertSameValue(find(tenant, han), hansValue);
    }

    private static CustomerValue valueOf(TenantId tenantId, CustomerId customerId, int score, ValueLevel level) {
        return new CustomerValue(tenantId, customerId, SCORED, rfm(score), Optional.empty(), level);
    }

    private static RfmScore rfm(int score) {
        return new RfmScore(30L * (5 - score), score, new BigDecimal("123.45").multiply(BigDecimal.valueOf(score)), score, score, score,
                RfmSegment.of(score, score));
    }

    private static void assertSameValue(Optional<CustomerValue> found, CustomerValue expected) {
        assertThat(found).isPresent();
        assertThat(found.get()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    private CustomerValues values() {
        return storage().customerValues();
    }

    private Optional<CustomerValue> find(TenantId tenantId, CustomerId customerId) {
        return tx(() -> values().find(tenantId, customerId));
    }
}
