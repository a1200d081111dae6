-- Loyalty context: programmes, points accounts (materialised balances), lots, holds,
-- the append-only entry ledger, idempotency receipts and named counters (campaign budgets).

CREATE TABLE crm_loyalty_programme (
    tenant_id        VARCHAR(64)    NOT NULL,
    programme_id     VARCHAR(64)    NOT NULL,
    points_name      VARCHAR(64)    NOT NULL,
    cash_points      BIGINT         NOT NULL,
    cash_amount      DECIMAL(19, 4) NOT NULL,
    currency         CHAR(3)        NOT NULL,
    rounding         VARCHAR(16)    NOT NULL,
    expiry_spec      VARCHAR(200)   NOT NULL,
    pending_seconds  BIGINT         NOT NULL,
    hold_ttl_seconds BIGINT         NOT NULL,
    debt_policy      VARCHAR(32)    NOT NULL,
    max_share        DECIMAL(9, 6)  NOT NULL,
    min_points       BIGINT         NOT NULL,
    multiple_of      BIGINT         NOT NULL,
    zone             VARCHAR(64)    NOT NULL,
    earning          CHARACTER VARYING(1000000)           NOT NULL,
    CONSTRAINT crm_loyalty_programme_pk PRIMARY KEY (tenant_id, programme_id)
);

CREATE TABLE crm_points_account (
    tenant_id       VARCHAR(64) NOT NULL,
    customer_id     VARCHAR(64) NOT NULL,
    programme_id    VARCHAR(64) NOT NULL,
    available       BIGINT      NOT NULL,
    pending         BIGINT      NOT NULL CHECK (pending >= 0),
    held            BIGINT      NOT NULL CHECK (held >= 0),
    debt            BIGINT      NOT NULL CHECK (debt >= 0),
    earned          BIGINT      NOT NULL,
    adjusted_in     BIGINT      NOT NULL,
    transferred_in  BIGINT      NOT NULL,
    redeemed        BIGINT      NOT NULL,
    expired         BIGINT      NOT NULL,
    reversed        BIGINT      NOT NULL,
    adjusted_out    BIGINT      NOT NULL,
    transferred_out BIGINT      NOT NULL,
    next_due_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT      NOT NULL,
    shard_hash      INTEGER     NOT NULL,
    CONSTRAINT crm_points_account_pk PRIMARY KEY (tenant_id, customer_id, programme_id),
    CONSTRAINT crm_points_account_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id),
    CONSTRAINT crm_points_account_conserved CHECK (earned + adjusted_in + transferred_in
        = redeemed + expired + reversed + adjusted_out + transferred_out + available + pending + held)
);

CREATE INDEX crm_points_account_due ON crm_points_account (next_due_at);

CREATE TABLE crm_points_lot (
    tenant_id       VARCHAR(64)  NOT NULL,
    customer_id     VARCHAR(64)  NOT NULL,
    programme_id    VARCHAR(64)  NOT NULL,
    lot_id          VARCHAR(36)  NOT NULL,
    order_reference VARCHAR(128),
    original        BIGINT       NOT NULL CHECK (original > 0),
    remaining       BIGINT       NOT NULL,
    earned_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    available_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE,
    status          VARCHAR(16)  NOT NULL,
    CONSTRAINT crm_points_lot_pk PRIMARY KEY (tenant_id, customer_id, programme_id, lot_id),
    CONSTRAINT crm_points_lot_remaining CHECK (remaining >= 0 AND remaining <= original)
);

CREATE INDEX crm_points_lot_by_status ON crm_points_lot (tenant_id, customer_id, programme_id, status);
CREATE INDEX crm_points_lot_by_order ON crm_points_lot (tenant_id, customer_id, programme_id, order_reference);

CREATE TABLE crm_points_hold (
    tenant_id       VARCHAR(64)  NOT NULL,
    hold_id         VARCHAR(36)  NOT NULL,
    customer_id     VARCHAR(64)  NOT NULL,
    programme_id    VARCHAR(64)  NOT NULL,
    points          BIGINT       NOT NULL CHECK (points > 0),
    order_reference VARCHAR(128),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    lots            CHARACTER VARYING(1000000)         NOT NULL,
    CONSTRAINT crm_points_hold_pk PRIMARY KEY (tenant_id, hold_id)
);

CREATE INDEX crm_points_hold_open ON crm_points_hold (tenant_id, customer_id, programme_id, status);

CREATE TABLE crm_points_entry (
    tenant_id       VARCHAR(64)   NOT NULL,
    customer_id     VARCHAR(64)   NOT NULL,
    programme_id    VARCHAR(64)   NOT NULL,
    sequence        BIGINT        NOT NULL,
    entry_id        VARCHAR(36)   NOT NULL,
    entry_type      VARCHAR(16)   NOT NULL,
    points          BIGINT        NOT NULL CHECK (points > 0),
    direction       SMALLINT      NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    operation_key   VARCHAR(200)  NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    reference       VARCHAR(128),
    actor           VARCHAR(100)  NOT NULL,
    lots            CHARACTER VARYING(1000000)          NOT NULL,
    available_after BIGINT        NOT NULL,
    CONSTRAINT crm_points_entry_pk PRIMARY KEY (tenant_id, customer_id, programme_id, sequence)
);

-- The ledger is append-only; on H2 the adapter never issues UPDATE or DELETE on this table
-- (PostgreSQL also enforces it with a trigger).

CREATE TABLE crm_points_receipt (
    tenant_id     VARCHAR(64)  NOT NULL,
    operation_key VARCHAR(200) NOT NULL,
    fingerprint   VARCHAR(64)  NOT NULL,
    receipt       CHARACTER VARYING(1000000)         NOT NULL,
    CONSTRAINT crm_points_receipt_pk PRIMARY KEY (tenant_id, operation_key)
);

CREATE TABLE crm_counter (
    tenant_id VARCHAR(64)  NOT NULL,
    name      VARCHAR(500) NOT NULL,
    counter_value BIGINT   NOT NULL,
    CONSTRAINT crm_counter_pk PRIMARY KEY (tenant_id, name)
);
