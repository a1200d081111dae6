package org.crmkit.privacy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.crmkit.complaint.ComplaintPersonalData;
import org.crmkit.customer.ChurnReasonPersonalData;
import org.crmkit.customer.CustomerPersonalData;
import org.crmkit.marketing.review.ReviewPersonalData;
import org.crmkit.marketing.survey.SurveyPersonalData;
import org.crmkit.customer.CustomerService;
import org.crmkit.loyalty.LoyaltyPersonalData;
import org.crmkit.offer.CheckoutPersonalData;
import org.crmkit.offer.mall.MallPersonalData;
import org.crmkit.offer.card.CardPersonalData;
import org.crmkit.offer.coupon.CouponPersonalData;
import org.crmkit.sales.SalesPersonalData;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ExportSink;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.spi.CrmStorage;
import org.crmkit.tier.TierPersonalData;
import org.crmkit.value.ValuePersonalData;
import org.crmkit.marketing.campaign.CampaignPersonalData;
import org.crmkit.marketing.journey.JourneyPersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A customer's rights of access and erasure (PIPL, GDPR) over every context: one export of
 * everything crmkit holds about the customer, and one erasure that anonymises every context's
 * personal data while ledger balances, points totals, purchase totals, case and survey figures stay
 * as they were.
 *
 * <p>Each context declares its part as a {@link PersonalData}: customer (profile, interactions),
 * loyalty (ledger entry reasons), tier (override reasons), complaint (case texts, audit notes, CSAT
 * and NPS comments), value (purchases, totals and scores; nothing personal), checkout (checkouts;
 * nothing personal), coupons (nothing personal), mall (the tracking references of shipped rewards)
 * stored value (cards and their entries; nothing personal), churn reasons (their notes), reviews (their
 * texts), surveys (free-text answers) and sales (converted leads' names, contacts, interests and
 * notes; opportunities' and tasks' texts; account contacts' details), campaigns (the reasons
 * channels gave for failed sends) and journeys (the same, for journey messages). See {@link #contexts()} and each
 * part's {@link PersonalData#fields()}. Segment membership is not exported: segments are criteria
 * the host evaluates on demand, not stored per customer.
 *
 * <p>Obtain it from {@code Crm.privacy()}. Thread-safe.
 *
 * @since 0.2
 */
public final class PrivacyService {

    private static final Logger log = LoggerFactory.getLogger(PrivacyService.class);

    private final List<PersonalData> contexts;
    private final TransactionRunner transactions;
    private final Clock clock;

    /**
     * A service over the given parts, run in this order (the customer part first: it checks that
     * the customer exists and publishes {@code CustomerErased}).
     *
     * @throws IllegalArgumentException if two parts have the same context name
     */
    public PrivacyService(List<PersonalData> contexts, TransactionRunner transactions, Clock clock) {
        this.contexts = List.copyOf(contexts);
        checkArgument(this.contexts.stream().map(PersonalData::context).distinct().count() == this.contexts.size(),
                "each context may have one part, but got %s", this.contexts.stream().map(PersonalData::context).toList());
        this.transactions = checkNotNull(transactions, "transactions");
        this.clock = checkNotNull(clock, "clock");
    }

    /** The service over every built-in context's part of {@code storage}; {@code Crm.builder()} calls it. */
    public static PrivacyService forStorage(CrmStorage storage, CustomerService customers, Clock clock) {
        return new PrivacyService(List.of(
                new CustomerPersonalData(customers, storage.customers(), storage.interactions()),
                new LoyaltyPersonalData(storage.pointsLedger(), storage.outbox()),
                new TierPersonalData(storage.memberships(), storage.outbox()),
                new ComplaintPersonalData(storage.cases(), storage.surveys(), storage.outbox()),
                new ValuePersonalData(storage.purchases(), storage.customerValues()),
                new CheckoutPersonalData(storage.checkouts()),
                new CouponPersonalData(storage.coupons()),
                new MallPersonalData(storage.pointsMall(), storage.outbox()),
                new CardPersonalData(storage.storedValueCards()),
                new ChurnReasonPersonalData(storage.churnReasons()),
                new ReviewPersonalData(storage.reviews()),
                new SurveyPersonalData(storage.surveyBook()),
                new SalesPersonalData(storage.leads(), storage.opportunities(), storage.followUpTasks(), storage.businessAccounts()),
                new CampaignPersonalData(storage.campaigns()),
                new JourneyPersonalData(storage.journeys())),
                storage.transactions(), clock);
    }

    /** Every context's part, in the order export and erasure run them. */
    public List<PersonalData> contexts() {
        return ServiceCalls.call(() -> contexts);
    }

    /**
     * Streams everything held about the customer to {@code sink}: each context in {@link
     * #contexts()} order, each section page by page, all read in one unit of work.
     *
     * @throws org.crmkit.shared.NotFoundException if the customer is not in the tenant (nothing is
     *     handed to the sink)
     */
    public void export(TenantId tenantId, CustomerId customerId, ExportSink sink) {
        ServiceCalls.run(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(customerId, "customerId");
            checkNotNull(sink, "sink");
            transactions.run(() -> contexts.forEach(part -> part.export(tenantId, customerId, sink)));
        });
    }

    /**
     * Everything held about the customer as one document of maps, lists, strings, numbers and
     * booleans, ready for a JSON writer: {@code tenantId}, {@code customerId}, {@code exportedAt},
     * then one map per context of its sections, each a list of items (see {@link ExportDocument}).
     * Holds the whole history in memory; use {@link #export(TenantId, CustomerId, ExportSink)} for
     * long ones.
     *
     * @throws org.crmkit.shared.NotFoundException if the customer is not in the tenant
     */
    public Map<String, Object> exportDocument(TenantId tenantId, CustomerId customerId) {
        return ServiceCalls.call(() -> {
            ExportDocument document = new ExportDocument(tenantId, customerId, now(), contexts.stream().map(PersonalData::context).toList());
            export(tenantId, customerId, document);
            return document.toMap();
        });
    }

    /**
     * Erases the customer's personal data in every context, in one unit of work: all of it or, if
     * a step fails, none. Ids, amounts, points, statuses and times stay, so ledger balances, points
     * issued and redeemed, purchase totals and case and survey figures are unchanged; free text and
     * contacts are replaced or removed as each part's {@link PersonalData#fields()} says, also in
     * events still waiting in the outbox. Publishes {@code CustomerErased} the first time. Erasing
     * again changes nothing more, and completes the erasure of a customer erased earlier with
     * {@code crm.customers().erase}, which covers the customer context only.
     *
     * @throws org.crmkit.shared.NotFoundException if the customer is not in the tenant
     * @throws org.crmkit.shared.StaleVersionException if a case or membership changed concurrently
     *     and kept changing; erasing again is safe
     */
    public void erase(TenantId tenantId, CustomerId customerId) {
        ServiceCalls.run(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(customerId, "customerId");
            Instant now = now();
            transactions.run(() -> contexts.forEach(part -> part.erase(tenantId, customerId, now)));
            log.info("erased the personal data of customer {} of tenant {} in {}", customerId.value(), tenantId.value(),
                    contexts.stream().map(PersonalData::context).toList());
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
