-- Each customer's 360-degree timeline: one row per domain event about the customer, written in
-- the same transaction as the change. No personal data: codes, amounts and references only.
CREATE TABLE crm_timeline (
    tenant_id   VARCHAR(64)  NOT NULL,
    customer_id VARCHAR(64)  NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    entry_id    VARCHAR(36)  NOT NULL,
    event_id    VARCHAR(36)  NOT NULL,
    context     VARCHAR(16)  NOT NULL,
    kind        VARCHAR(64)  NOT NULL,
    reference   VARCHAR(200),
    summary     VARCHAR(500) NOT NULL,
    CONSTRAINT crm_timeline_pk PRIMARY KEY (tenant_id, customer_id, occurred_at, entry_id)
);

-- A cancellation is recorded as the refund 'cancel:<order id>', and order ids have up to 64 characters.
ALTER TABLE crm_purchase_refund ALTER COLUMN refund_id SET DATA TYPE VARCHAR(80);
