-- Offer context, stored-value cards (gift cards, fuel cards, e-accounts): each card's row with its
-- materialised balance and lifetime totals (updated in the same transaction as each entry, so a
-- balance read is one row), the append-only entry ledger, payments with what was refunded of each,
-- and the idempotency receipts. Every amount is in the card's currency; DECIMAL(25, 4) holds any
-- currency's fraction digits and lifetime totals far beyond the 10^12 an operation may move.

CREATE TABLE crm_card (
    tenant_id       VARCHAR(64)    NOT NULL,
    card_id         VARCHAR(64)    NOT NULL,
    -- null for a bearer gift card
    customer_id     VARCHAR(64),
    currency        CHAR(3)        NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    expiry_kind     VARCHAR(32)    NOT NULL,
    expiry_months   INTEGER        NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_top_up_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE,
    -- expires_at while the card is active, null once expired: what the expiry run scans
    due_at          TIMESTAMP WITH TIME ZONE,
    balance         DECIMAL(25, 4) NOT NULL,
    issued          DECIMAL(25, 4) NOT NULL,
    topped_up       DECIMAL(25, 4) NOT NULL,
    paid            DECIMAL(25, 4) NOT NULL,
    refunded        DECIMAL(25, 4) NOT NULL,
    expired         DECIMAL(25, 4) NOT NULL,
    transferred_in  DECIMAL(25, 4) NOT NULL,
    transferred_out DECIMAL(25, 4) NOT NULL,
    version         BIGINT         NOT NULL,
    shard_hash      INTEGER        NOT NULL,
    CONSTRAINT crm_card_pk PRIMARY KEY (tenant_id, card_id),
    CONSTRAINT crm_card_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id),
    CONSTRAINT crm_card_not_negative CHECK (balance >= 0),
    CONSTRAINT crm_card_conserved CHECK (issued + topped_up + refunded + transferred_in
        = paid + expired + transferred_out + balance)
);

CREATE INDEX crm_card_by_customer ON crm_card (tenant_id, customer_id, card_id);

-- The ledger is append-only: see V011 in each dialect's folder for how each database keeps it so.
CREATE TABLE crm_card_entry (
    tenant_id     VARCHAR(64)    NOT NULL,
    card_id       VARCHAR(64)    NOT NULL,
    sequence      BIGINT         NOT NULL,
    entry_id      VARCHAR(36)    NOT NULL,
    entry_type    VARCHAR(16)    NOT NULL,
    amount        DECIMAL(25, 4) NOT NULL CHECK (amount >= 0),
    currency      CHAR(3)        NOT NULL,
    operation_key VARCHAR(200)   NOT NULL,
    reference     VARCHAR(128),
    balance_after DECIMAL(25, 4) NOT NULL CHECK (balance_after >= 0),
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT crm_card_entry_pk PRIMARY KEY (tenant_id, card_id, sequence)
);

-- The liability report sums a tenant's entries over a period.
CREATE INDEX crm_card_entry_by_time ON crm_card_entry (tenant_id, at);

CREATE TABLE crm_card_payment (
    tenant_id       VARCHAR(64)    NOT NULL,
    payment_key     VARCHAR(128)   NOT NULL,
    card_id         VARCHAR(64)    NOT NULL,
    order_reference VARCHAR(128)   NOT NULL,
    amount          DECIMAL(25, 4) NOT NULL,
    refunded        DECIMAL(25, 4) NOT NULL,
    CONSTRAINT crm_card_payment_pk PRIMARY KEY (tenant_id, payment_key),
    CONSTRAINT crm_card_payment_refunded CHECK (refunded >= 0 AND refunded <= amount)
);

CREATE TABLE crm_card_receipt (
    tenant_id           VARCHAR(64)    NOT NULL,
    operation_key       VARCHAR(200)   NOT NULL,
    fingerprint         VARCHAR(64)    NOT NULL,
    operation           VARCHAR(16)    NOT NULL,
    card_id             VARCHAR(64)    NOT NULL,
    amount              DECIMAL(25, 4) NOT NULL,
    currency            CHAR(3)        NOT NULL,
    counterpart_card_id VARCHAR(64),
    -- the entry ids, comma-separated
    entry_ids           VARCHAR(80)    NOT NULL,
    balance_after       DECIMAL(25, 4) NOT NULL,
    at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT crm_card_receipt_pk PRIMARY KEY (tenant_id, operation_key)
);
