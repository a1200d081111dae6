package org.crmkit.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every text column of every crmkit table, declared as personal data (with the erase step that
 * covers it) or not (with the reason). {@code PersonalDataColumnsTest} compares it with the
 * database's information schema on H2 and PostgreSQL and fails, naming the column, when a migration
 * adds a text column that is not declared here, so no text column escapes review for erasure.
 *
 * <p>Ids (tenant, customer, order, case, programme ids) are pseudonymous keys the host chooses and
 * erasure keeps, so that ledger, tier and analytics totals stay consistent; a host must not use a
 * phone number, email or name as a customer id. Staff ids (actors, agents, teams) identify the
 * merchant's staff, not the customer.
 */
final class PersonalDataColumns {

    /** Whether a column holds the customer's personal data. */
    enum Kind { PERSONAL, NOT_PERSONAL }

    /**
     * One declared column.
     *
     * @param why for a personal column, the erase step that covers it; otherwise why it holds none
     */
    record Column(String table, String column, Kind kind, String why) {}

    private static final String ID = "a pseudonymous id or key chosen by the host or generated; kept so totals stay consistent";
    private static final String CODE = "a code from a fixed set (enum name, currency, status, tier code)";
    private static final String STAFF = "a staff member, team or job id, not the customer's data";
    private static final String CONFIG = "the tenant's configuration (JSON), not about a customer";
    private static final String CUSTOMER_ERASE = "CustomerPersonalData: CustomerService.erase anonymises the profile";

    private static final Map<String, Column> COLUMNS = new LinkedHashMap<>();

    static {
        ids("crm_customer", "tenant_id", "customer_id");
        personal("crm_customer", CUSTOMER_ERASE + " (name replaced by [erased], demographics cleared)",
                "display_name", "gender", "region", "city", "occupation");
        notPersonal("crm_customer", CODE, "source_channel", "credit_standing", "lifecycle_stage");
        ids("crm_customer_contact", "tenant_id", "customer_id");
        notPersonal("crm_customer_contact", CODE, "contact_type");
        personal("crm_customer_contact", CUSTOMER_ERASE + " (every contact row removed)", "contact_value", "unique_key");
        ids("crm_customer_preference", "tenant_id", "customer_id");
        personal("crm_customer_preference", CUSTOMER_ERASE + " (every preference row removed)", "pref_key", "pref_value");
        ids("crm_customer_tag", "tenant_id", "customer_id");
        personal("crm_customer_tag", CUSTOMER_ERASE + " (every tag row removed)", "tag");
        ids("crm_customer_consent", "tenant_id", "customer_id");
        personal("crm_customer_consent", CUSTOMER_ERASE + " (every consent row removed)", "channel");
        ids("crm_interaction", "tenant_id", "customer_id", "interaction_id");
        notPersonal("crm_interaction", CODE, "channel", "direction", "interaction_type");
        notPersonal("crm_interaction", STAFF, "staff_member");
        personal("crm_interaction", "CustomerPersonalData: InteractionLog.anonymise replaces it with [erased]", "summary");
        ids("crm_timeline", "tenant_id", "customer_id", "entry_id", "event_id", "reference");
        notPersonal("crm_timeline", CODE, "context", "kind");
        notPersonal("crm_timeline", "made by crmkit from codes, amounts and ids only (TimelineProjection), never from free text", "summary");
        ids("crm_outbox", "tenant_id", "event_id", "aggregate_id");
        notPersonal("crm_outbox", "an event class name", "event_type");
        personal("crm_outbox", "EventOutbox.redact, called by each context's erase step for its events with free text"
                + " (PointsAdjusted, TierOverridden, CaseEscalated, CaseReopened, RewardShipped); other events carry ids, codes and amounts only",
                "payload");
        ids("crm_outbox_head", "tenant_id");

        ids("crm_loyalty_programme", "tenant_id", "programme_id");
        notPersonal("crm_loyalty_programme", CONFIG, "points_name", "currency", "rounding", "expiry_spec", "debt_policy", "zone", "earning");
        ids("crm_points_account", "tenant_id", "customer_id", "programme_id");
        ids("crm_points_lot", "tenant_id", "customer_id", "programme_id", "lot_id", "order_reference");
        notPersonal("crm_points_lot", CODE, "status");
        ids("crm_points_hold", "tenant_id", "hold_id", "customer_id", "programme_id", "order_reference");
        notPersonal("crm_points_hold", CODE, "status");
        notPersonal("crm_points_hold", "lot ids and points (JSON)", "lots");
        ids("crm_points_entry", "tenant_id", "customer_id", "programme_id", "entry_id", "operation_key", "reference");
        notPersonal("crm_points_entry", CODE, "entry_type");
        notPersonal("crm_points_entry", STAFF, "actor");
        notPersonal("crm_points_entry", "lot ids and points (JSON)", "lots");
        personal("crm_points_entry", "LoyaltyPersonalData: PointsLedger.anonymiseEntries replaces it with [erased]"
                + " (the documented exception to the append-only ledger; points never change)", "reason");
        ids("crm_points_receipt", "tenant_id", "operation_key");
        notPersonal("crm_points_receipt", "a digest of the request", "fingerprint");
        notPersonal("crm_points_receipt", "ids, points and earning-rule explanations (JSON), no free text", "receipt");
        ids("crm_counter", "tenant_id");
        notPersonal("crm_counter", "a counter name built from campaign and rule names", "name");

        ids("crm_tier_ladder", "tenant_id", "programme_id");
        notPersonal("crm_tier_ladder", CONFIG, "zone", "policy", "tiers");
        ids("crm_membership", "tenant_id", "programme_id", "customer_id");
        notPersonal("crm_membership", CODE, "tier_code", "override_tier");
        notPersonal("crm_membership", STAFF, "override_actor");
        personal("crm_membership", "TierPersonalData: the override's reason is replaced by [erased] (one version up)", "override_reason");
        ids("crm_tier_fact", "tenant_id", "fact_key", "customer_id", "programme_id", "order_id");
        ids("crm_tier_history", "tenant_id", "customer_id", "programme_id");
        notPersonal("crm_tier_history", CODE, "from_tier", "to_tier", "reason");
        personal("crm_tier_history", "TierPersonalData: Memberships.anonymiseOverrideNotes replaces OVERRIDE lines' notes (the override"
                + " reason) with [erased]; other lines' notes are the tier policy's explanations", "note");

        notPersonal("crm_job_lease", "a job name chosen by the scheduler, a lease id (UUID) and an instance's pid@host", "job_name",
                "lease_id", "owner");

        ids("crm_case_counter", "tenant_id");
        ids("crm_case", "tenant_id", "case_id", "case_number", "request_key", "customer_id");
        notPersonal("crm_case", CODE, "case_type", "category", "channel", "status", "priority", "sla_state");
        notPersonal("crm_case", STAFF, "team", "agent");
        personal("crm_case", "ComplaintPersonalData: subject, resolution summary and CSAT comment replaced by [erased], description,"
                + " attachments and region removed (Cases.update, one version up)", "body");
        ids("crm_case_audit", "tenant_id", "case_id");
        notPersonal("crm_case_audit", CODE, "audit_action", "from_status", "to_status");
        notPersonal("crm_case_audit", STAFF, "actor");
        personal("crm_case_audit", "ComplaintPersonalData: Cases.anonymiseAudit replaces every note with [erased]", "note");
        ids("crm_case_policy", "tenant_id");
        notPersonal("crm_case_policy", CONFIG, "policy");
        ids("crm_nps_response", "tenant_id", "survey_key", "customer_id");
        personal("crm_nps_response", "ComplaintPersonalData: Surveys.anonymiseNps replaces the comment with [erased]", "remark");

        ids("crm_purchase", "tenant_id", "order_id", "customer_id", "programme_id");
        notPersonal("crm_purchase", CODE + "; payment method and sales channel are codes, not the customer's data",
                "currency", "payment_method", "channel");
        notPersonal("crm_purchase", "order lines (JSON): SKUs, categories, quantities and amounts", "items");
        ids("crm_purchase_refund", "tenant_id", "refund_id", "order_id", "customer_id");
        ids("crm_purchase_summary", "tenant_id", "customer_id");
        notPersonal("crm_purchase_summary", CODE, "currency");
        ids("crm_customer_value", "tenant_id", "customer_id");
        notPersonal("crm_customer_value", CODE + " (RFM segment, value level)", "segment", "value_level");

        ids("crm_checkout", "tenant_id", "order_ref", "customer_id", "hold_key", "close_key");
        notPersonal("crm_checkout", CODE, "status");
        notPersonal("crm_checkout", "a digest of the request", "fingerprint");
        notPersonal("crm_checkout", "SKUs, categories, amounts, coupon ids and explanations made from them and the tenant's rules (JSON),"
                + " no free text", "quote");

        ids("crm_coupon_template", "tenant_id", "template_id");
        notPersonal("crm_coupon_template", CONFIG, "definition");
        ids("crm_coupon_reward", "tenant_id", "reward_id");
        notPersonal("crm_coupon_reward", CONFIG, "definition");
        ids("crm_coupon", "tenant_id", "coupon_id", "template_id", "customer_id", "issue_key", "order_reference");
        notPersonal("crm_coupon", CODE, "status", "currency");
        ids("crm_coupon_code", "tenant_id", "code", "template_id");
        ids("crm_coupon_lock", "tenant_id", "order_reference", "idempotency_key", "customer_id");
        notPersonal("crm_coupon_lock", "a digest of the request", "fingerprint");
        notPersonal("crm_coupon_lock", CODE, "status", "currency");
        notPersonal("crm_coupon_lock", "coupon ids, template ids, amounts and explanations made from them (JSON), no free text", "applied");

        ids("crm_mall_item", "tenant_id", "programme_id", "item_code");
        notPersonal("crm_mall_item", CODE, "cash_currency", "fulfilment", "tier_codes");
        notPersonal("crm_mall_item", "the catalogue item's name, the tenant's configuration", "name");
        ids("crm_mall_held", "tenant_id", "programme_id", "item_code", "customer_id");
        ids("crm_mall_order", "tenant_id", "order_id", "operation_key", "customer_id", "programme_id", "item_code");
        notPersonal("crm_mall_order", CODE, "fulfilment", "cash_currency", "status");
        notPersonal("crm_mall_order", "a digest of the request", "fingerprint");
        notPersonal("crm_mall_order", "a random code generated by crmkit for a digital reward", "reward_code");
        personal("crm_mall_order", "MallPersonalData: PointsMall.anonymiseOrders replaces it with [erased] (a courier's reference leads to"
                + " the delivery address)", "tracking_reference");

        ids("crm_card", "tenant_id", "card_id", "customer_id");
        notPersonal("crm_card", CODE, "currency", "status", "expiry_kind");
        ids("crm_card_entry", "tenant_id", "card_id", "entry_id", "operation_key", "reference");
        notPersonal("crm_card_entry", CODE, "entry_type", "currency");
        ids("crm_card_payment", "tenant_id", "payment_key", "card_id", "order_reference");
        ids("crm_card_receipt", "tenant_id", "operation_key", "card_id", "counterpart_card_id", "entry_ids");
        notPersonal("crm_card_receipt", "a digest of the request", "fingerprint");
        notPersonal("crm_card_receipt", CODE, "operation", "currency");

        ids("crm_review", "tenant_id", "review_id", "idempotency_key", "customer_id", "order_id", "sku", "programme_id");
        notPersonal("crm_review", CODE, "status");
        notPersonal("crm_review", "a digest of the request", "fingerprint");
        notPersonal("crm_review", "the moderator's reason for a decision, staff text about the review, not the customer's", "moderation_reason");
        personal("crm_review", "ReviewPersonalData: Reviews.anonymise replaces it with [erased]", "review_text");
        ids("crm_product_rating", "tenant_id", "sku");
        ids("crm_survey", "tenant_id", "survey_code");
        notPersonal("crm_survey", CONFIG, "definition");
        ids("crm_survey_response", "tenant_id", "survey_code", "customer_id");
        notPersonal("crm_survey_response", "a digest of the request", "fingerprint");
        personal("crm_survey_response", "SurveyPersonalData: SurveyBook.anonymise replaces each free-text answer with [erased]", "answers");
        ids("crm_churn_reason", "tenant_id", "idempotency_key", "customer_id", "reason_code");
        notPersonal("crm_churn_reason", CODE, "occasion", "side");
        notPersonal("crm_churn_reason", "a digest of the request", "fingerprint");
        notPersonal("crm_churn_reason", STAFF, "recorded_by");
        personal("crm_churn_reason", "ChurnReasonPersonalData: ChurnReasons.anonymise replaces it with [erased]", "note");
        ids("crm_sales_lead", "tenant_id", "lead_id", "creation_key", "customer_id");
        personal("crm_sales_lead", "SalesPersonalData: a converted lead's name, contact, interests, notes and reason replaced in the"
                + " document (Lead.erased)", "doc");
        ids("crm_sales_opportunity", "tenant_id", "opportunity_id", "creation_key", "customer_id");
        personal("crm_sales_opportunity", "SalesPersonalData: the title, next action and lost reason of the customer's opportunities"
                + " replaced in the document", "doc");
        ids("crm_sales_stage_step", "tenant_id", "opportunity_id");
        notPersonal("crm_sales_stage_step", CODE, "from_stage", "to_stage");
        ids("crm_sales_funnel", "tenant_id");
        notPersonal("crm_sales_funnel", CONFIG, "stages");
        ids("crm_sales_task", "tenant_id", "task_id", "creation_key", "customer_id");
        personal("crm_sales_task", "SalesPersonalData: the title and outcome of the customer's tasks replaced in the document", "doc");
        ids("crm_sales_account", "tenant_id", "account_id", "creation_key");
        personal("crm_sales_account", "SalesPersonalData: the customer's contact entries (name, phone, email) replaced in the document",
                "doc");
        ids("crm_sales_account_customer", "tenant_id", "customer_id", "account_id");
        ids("crm_sales_invoice", "tenant_id", "account_id", "invoice_ref");
        notPersonal("crm_sales_invoice", CODE, "currency");

        ids("crm_campaign", "tenant_id", "campaign_id");
        notPersonal("crm_campaign", "the campaign as the tenant launched it (name, segment description, channel, message template,"
                + " offer; JSON), no customer data", "definition");
        ids("crm_campaign_member", "tenant_id", "campaign_id", "customer_id");
        notPersonal("crm_campaign_member", CODE, "status");
        personal("crm_campaign_member", "CampaignPersonalData: Campaigns.replaceReasons replaces it with [erased] (a channel's reason may"
                + " name an address)", "reason");
        ids("crm_journey", "tenant_id", "journey_id");
        notPersonal("crm_journey", "the journey as the tenant defined it (trigger, settings, channel, message template; JSON)",
                "definition");
        ids("crm_journey_firing", "tenant_id", "journey_id", "customer_id", "window_key");
        notPersonal("crm_journey_firing", CODE, "outcome");
        notPersonal("crm_journey_firing", "why the journey fired, made from dates, scores, tier codes and point counts", "explanation");
        personal("crm_journey_firing", "JourneyPersonalData: Journeys.replaceReasons replaces it with [erased] (a channel's reason may"
                + " name an address)", "reason");
    }

    private PersonalDataColumns() {}

    /** The declaration of a column, if any; names are compared case-insensitively. */
    static Optional<Column> find(String table, String column) {
        return Optional.ofNullable(COLUMNS.get(key(table, column)));
    }

    /** Every declared column, table by table. */
    static Iterable<Column> all() {
        return COLUMNS.values();
    }

    private static void ids(String table, String... columns) {
        notPersonal(table, ID, columns);
    }

    private static void personal(String table, String eraseStep, String... columns) {
        declare(table, Kind.PERSONAL, eraseStep, columns);
    }

    private static void notPersonal(String table, String reason, String... columns) {
        declare(table, Kind.NOT_PERSONAL, reason, columns);
    }

    private static void declare(String table, Kind kind, String why, String... columns) {
        for (String column : columns) {
            Column previous = COLUMNS.put(key(table, column), new Column(table, column, kind, why));
            checkArgument(previous == null, "%s.%s is declared twice", table, column);
        }
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
