package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.contract.CouponFixture.cart;
import static org.crmkit.contract.CouponFixture.cny;
import static org.crmkit.contract.CouponFixture.line;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crmkit.offer.coupon.ClaimCode;
import org.crmkit.offer.coupon.CommitCoupons;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponEvent;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponRefund;
import org.crmkit.offer.coupon.CouponReport;
import org.crmkit.offer.coupon.CouponStatus;
import org.crmkit.offer.coupon.CouponUnavailableException;
import org.crmkit.offer.coupon.DefineCouponCodes;
import org.crmkit.offer.coupon.RefundPolicy;
import org.crmkit.offer.coupon.SegmentIssue;
import org.crmkit.offer.coupon.StackingGroup;
import org.crmkit.offer.coupon.Validity;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.NotFoundException;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Outboxes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issuing by code and to segments, refunds by template policy, the settle job, the report and the events. */
public abstract class CouponIssuingContract {

    private CouponFixture f;
    private CustomerId li;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void registerLi() {
        f = new CouponFixture(storage());
        li = f.member("Li");
    }

    @Test
    void the_taken_issue_keys_asked_for_leave_out_a_key_that_lies_between_them() {
        // given three coupons issued, one each to three members; the first and the last issue key are asked for
        f.coupons.defineTemplate(f.amountOff("keys", "0.00", "10.00"));
        List<String> keys = new ArrayList<>();
        for (String name : List.of("Wu", "Zhao", "Qian")) {
            keys.add(f.issue(f.member(name), "keys").issueKey());
        }
        keys.sort(null);
        List<String> asked = List.of(keys.get(0), keys.get(2));

        // when
        Set<String> taken = storage().transactions().inTransaction(() -> storage().coupons().issuedKeys(f.tenant, asked));

        // then the key between is not in the answer
        assertThat(taken).containsExactlyInAnyOrderElementsOf(asked);
    }

    @Test
    void a_one_per_customer_code_is_claimed_once_and_a_second_claim_by_its_claimer_returns_the_same_coupon() {
        // given
        f.coupons.defineTemplate(f.amountOff("card", "0.00", "10.00"));
        f.coupons.defineCodes(new DefineCouponCodes(f.tenant, "card", List.of("CARD-0001", "CARD-0002"), 1));
        CustomerId han = f.member("Han");

        // when
        Coupon first = f.coupons.claim(new ClaimCode(f.tenant, li, "CARD-0001"));
        Coupon again = f.coupons.claim(new ClaimCode(f.tenant, li, "CARD-0001"));

        // then
        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> f.coupons.claim(new ClaimCode(f.tenant, han, "CARD-0001"))).isInstanceOf(CouponUnavailableException.class)
                .hasMessageContaining("CARD-0001");
        assertThat(f.coupons.claim(new ClaimCode(f.tenant, han, "CARD-0002")).templateId()).isEqualTo("card");
        assertThatThrownBy(() -> f.coupons.claim(new ClaimCode(f.tenant, han, "CARD-9999"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void codes_are_defined_once_and_never_moved_to_another_template() {
        // given
        f.coupons.defineTemplate(f.amountOff("a", "0.00", "10.00"));
        f.coupons.defineTemplate(f.amountOff("b", "0.00", "10.00"));
        DefineCouponCodes codes = new DefineCouponCodes(f.tenant, "a", List.of("SHARED"), 100);
        f.coupons.defineCodes(codes);

        // when / then
        f.coupons.defineCodes(codes);
        assertThatThrownBy(() -> f.coupons.defineCodes(new DefineCouponCodes(f.tenant, "b", List.of("SHARED"), 100)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.coupons.defineCodes(new DefineCouponCodes(f.tenant, "missing", List.of("X"), 1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_segment_issue_split_in_shards_and_run_twice_gives_every_member_one_coupon() {
        // given
        f.coupons.defineTemplate(f.amountOff("vip", "0.00", "20.00"));
        List<CustomerId> members = new ArrayList<>(List.of(li));
        for (int i = 0; i < 6; i++) {
            members.add(f.member("Member " + i));
        }
        Segment everyone = Segment.of("everyone", Criteria.everyone());

        // when
        long issued = 0;
        for (int shard = 0; shard < 3; shard++) {
            issued += f.coupons.issueToSegment(f.tenant, "vip", everyone, "vip-june", shard, 3).issued();
        }
        SegmentIssue rerun = f.coupons.issueToSegment(f.tenant, "vip", everyone, "vip-june", 0, 1);

        // then
        assertThat(issued).isEqualTo(7);
        assertThat(rerun).isEqualTo(new SegmentIssue(7, 0, 7, 0, 0));
        for (CustomerId member : members) {
            assertThat(f.coupons.couponsOf(f.tenant, member)).as("coupons of %s", member).hasSize(1);
        }
    }

    @Test
    void a_segment_issue_stops_at_the_stock_and_skips_members_at_their_limit() {
        // given
        f.coupons.defineTemplate(f.amountOff("few", "0.00", "20.00").withTotalStock(4L));
        f.issue(li, "few");
        for (int i = 0; i < 5; i++) {
            f.member("Member " + i);
        }

        // when
        SegmentIssue run = f.coupons.issueToSegment(f.tenant, "few", Segment.of("all", Criteria.everyone()), "few-1", 0, 1);

        // then
        assertThat(run.members()).isEqualTo(6);
        assertThat(run.issued()).isEqualTo(3);
        assertThat(run.atLimit() + run.outOfStock()).isEqualTo(3);
        assertThat(f.coupons.report(f.tenant)).singleElement().satisfies(r -> assertThat(r.issued()).isEqualTo(4));
    }

    @Test
    void a_refund_returns_or_voids_each_coupon_by_its_templates_policy_once() {
        // given
        CouponId returned = f.give(li, f.amountOff("back", "0.00", "10.00").withStacking(StackingGroup.named("a")));
        CouponId voided = f.give(li, f.amountOff("gone", "0.00", "5.00").withStacking(StackingGroup.named("b"))
                .withRefundPolicy(RefundPolicy.VOID));
        f.lock(li, "order-1", cart("0.00", line("tea-1", "tea", 1, "100.00")), returned, voided);
        f.coupons.commit(new CommitCoupons(f.tenant, "order-1", "pay-1"));

        // when
        CouponRefund refund = f.coupons.returnForRefund(f.tenant, "order-1", "refund-1");
        CouponRefund replay = f.coupons.returnForRefund(f.tenant, "order-1", "refund-1");

        // then
        assertThat(refund.returned()).containsExactly(returned);
        assertThat(refund.voided()).containsExactly(voided);
        assertThat(replay).isEqualTo(refund);
        List<Coupon> coupons = f.coupons.couponsOf(f.tenant, li);
        assertThat(coupons).filteredOn(c -> c.couponId().equals(returned)).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CouponStatus.AVAILABLE));
        assertThat(coupons).filteredOn(c -> c.couponId().equals(voided)).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CouponStatus.VOIDED));
        assertThat(f.lock(li, "order-2", cart("0.00", line("tea-1", "tea", 1, "100.00")), returned).linesDiscount())
                .isEqualTo(cny("10.00"));
        assertThat(f.coupons.returnForRefund(f.tenant, "no-coupons", "refund-2")).isEqualTo(new CouponRefund("no-coupons", List.of(),
                List.of()));
    }

    @Test
    void the_settle_job_expires_ended_coupons_and_the_report_counts_issued_used_expired_voided_and_cost() {
        // given
        f.coupons.defineTemplate(f.amountOff("short", "0.00", "10.00").withValidity(Validity.daysAfterIssue(1)).withPerCustomerLimit(5)
                .withRefundPolicy(RefundPolicy.VOID));
        CouponId used = f.issue(li, "short").couponId();
        CouponId voided = f.issue(li, "short").couponId();
        f.issue(li, "short");
        f.lock(li, "order-1", cart("0.00", line("tea-1", "tea", 1, "8.00")), used);
        f.coupons.commit(new CommitCoupons(f.tenant, "order-1", "pay-1"));
        f.lock(li, "order-2", cart("0.00", line("tea-1", "tea", 1, "50.00")), voided);
        f.coupons.commit(new CommitCoupons(f.tenant, "order-2", "pay-2"));
        f.coupons.returnForRefund(f.tenant, "order-2", "refund-2");
        f.clock.advance(Duration.ofDays(1));

        // when
        int settled = 0;
        for (int shard = 0; shard < 2; shard++) {
            settled += f.coupons.settleDue(shard, 2);
        }

        // then
        assertThat(settled).isGreaterThanOrEqualTo(1);
        CouponReport report = f.coupons.report(f.tenant).get(0);
        assertThat(report).isEqualTo(new CouponReport("short", 3, 1, 1, 1, cny("8.00")));
        assertThat(report.redemptionRate()).isEqualTo(1.0 / 3);
    }

    @Test
    void every_change_of_a_coupon_emits_its_event_to_the_outbox() {
        // given
        Outboxes.drainEventsOf(storage().outbox(), f.tenant);
        CouponId id = f.give(li, f.amountOff("ev", "0.00", "10.00").withValidity(Validity.daysAfterIssue(1)));
        f.lock(li, "order-1", cart("0.00", line("tea-1", "tea", 1, "50.00")), id);
        f.coupons.release(new org.crmkit.offer.coupon.ReleaseCoupons(f.tenant, "order-1", "cancel-1"));
        f.lock(li, "order-2", cart("0.00", line("tea-1", "tea", 1, "50.00")), id);
        f.coupons.commit(new CommitCoupons(f.tenant, "order-2", "pay-2"));
        f.coupons.returnForRefund(f.tenant, "order-2", "refund-2");
        f.clock.advance(Duration.ofDays(2));
        for (int shard = 0; shard < 2; shard++) {
            f.coupons.settleDue(shard, 2);
        }

        // when
        List<DomainEvent> events = Outboxes.drainEventsOf(storage().outbox(), f.tenant);

        // then
        assertThat(events).filteredOn(e -> e instanceof CouponEvent).extracting(DomainEvent::type).containsExactly("CouponIssued",
                "CouponLocked", "CouponReleased", "CouponLocked", "CouponUsed", "CouponReturned", "CouponExpired");
        assertThat(events).filteredOn(e -> e instanceof CouponEvent).allSatisfy(e -> assertThat(e.aggregateId()).isEqualTo(id.value()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_privacy_export_lists_the_customers_coupons_and_erasure_keeps_the_figures() {
        // given
        CouponId id = f.give(li, f.amountOff("kept", "0.00", "10.00"));

        // when
        java.util.Map<String, Object> doc = f.crm.privacy().exportDocument(f.tenant, li);
        f.crm.privacy().erase(f.tenant, li);

        // then
        java.util.Map<String, List<java.util.Map<String, Object>>> coupons = (java.util.Map<String, List<java.util.Map<String, Object>>>)
                doc.get("coupons");
        assertThat(coupons.get("coupons")).singleElement().satisfies(c -> assertThat(c).containsEntry("couponId", id.value())
                .containsEntry("templateId", "kept").containsEntry("status", "AVAILABLE"));
        assertThat(f.coupons.report(f.tenant)).singleElement().satisfies(r -> assertThat(r.issued()).isEqualTo(1));
    }

    @Test
    void a_partial_refund_through_the_one_door_keeps_the_coupon_used_and_cancelling_the_order_returns_it() {
        // given
        CouponId id = f.give(li, f.amountOff("door", "0.00", "10.00"));
        f.lock(li, "order-9", cart("0.00", line("tea-1", "tea", 1, "100.00")), id);
        f.coupons.commit(new CommitCoupons(f.tenant, "order-9", "pay-9"));
        f.crm.commerce().recordPurchase(org.crmkit.value.history.RecordPurchase.of(f.tenant, li, "order-9", cny("90.00")));

        // when
        f.crm.commerce().recordRefund(org.crmkit.value.history.RecordRefund.of(f.tenant, li, "order-9", "refund-9a", cny("30.00")));
        CouponStatus afterPartial = f.coupons.couponsOf(f.tenant, li).get(0).status();
        f.crm.commerce().cancelOrder(org.crmkit.value.history.CancelOrder.of(f.tenant, li, "order-9"));
        f.crm.commerce().cancelOrder(org.crmkit.value.history.CancelOrder.of(f.tenant, li, "order-9"));

        // then
        assertThat(afterPartial).isEqualTo(CouponStatus.USED);
        assertThat(f.coupons.couponsOf(f.tenant, li)).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CouponStatus.AVAILABLE));
        assertThat(storage().coupons().lock(f.tenant, "order-9").orElseThrow().status()).isEqualTo(org.crmkit.offer.coupon.LockStatus.REFUNDED);
    }
}
