-- Customer-value context: the purchase history (idempotent by order id), refunds (idempotent by
-- refund id) and per-customer totals updated in place.
-- Every primary key starts with tenant_id so the schema can be distributed by tenant.

CREATE TABLE crm_purchase (
    tenant_id      VARCHAR(64)    NOT NULL,
    order_id       VARCHAR(64)    NOT NULL,
    customer_id    VARCHAR(64)    NOT NULL,
    purchased_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    currency       CHAR(3)        NOT NULL,
    paid           DECIMAL(19, 4) NOT NULL,
    refunded       DECIMAL(19, 4) NOT NULL,
    payment_method VARCHAR(32),
    channel        VARCHAR(32),
    programme_id   VARCHAR(64),
    -- the order lines as a JSON array (Jackson), so amounts keep their scale
    items          CHARACTER VARYING(1000000) NOT NULL,
    CONSTRAINT crm_purchase_pk PRIMARY KEY (tenant_id, order_id),
    CONSTRAINT crm_purchase_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id),
    CONSTRAINT crm_purchase_refunded CHECK (refunded >= 0 AND refunded <= paid)
);

CREATE INDEX crm_purchase_by_customer ON crm_purchase (tenant_id, customer_id, order_id);

CREATE TABLE crm_purchase_refund (
    tenant_id   VARCHAR(64)    NOT NULL,
    refund_id   VARCHAR(64)    NOT NULL,
    order_id    VARCHAR(64)    NOT NULL,
    customer_id VARCHAR(64)    NOT NULL,
    amount      DECIMAL(19, 4) NOT NULL,
    refunded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT crm_purchase_refund_pk PRIMARY KEY (tenant_id, refund_id),
    CONSTRAINT crm_purchase_refund_order_fk FOREIGN KEY (tenant_id, order_id)
        REFERENCES crm_purchase (tenant_id, order_id)
);

CREATE TABLE crm_purchase_summary (
    tenant_id         VARCHAR(64)    NOT NULL,
    customer_id       VARCHAR(64)    NOT NULL,
    currency          CHAR(3)        NOT NULL,
    first_purchase_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_purchase_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    orders            BIGINT         NOT NULL,
    paid              DECIMAL(19, 4) NOT NULL,
    refunded          DECIMAL(19, 4) NOT NULL,
    CONSTRAINT crm_purchase_summary_pk PRIMARY KEY (tenant_id, customer_id),
    CONSTRAINT crm_purchase_summary_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id)
);

-- The latest scoring run's result per customer (RFM, predictions, value pyramid level).
CREATE TABLE crm_customer_value (
    tenant_id          VARCHAR(64)    NOT NULL,
    customer_id        VARCHAR(64)    NOT NULL,
    scored_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    recency_days       BIGINT         NOT NULL,
    frequency          BIGINT         NOT NULL,
    monetary           DECIMAL(30, 4) NOT NULL,
    r                  SMALLINT       NOT NULL,
    f                  SMALLINT       NOT NULL,
    m                  SMALLINT       NOT NULL,
    segment            VARCHAR(32)    NOT NULL,
    p_alive            DOUBLE PRECISION,
    expected_purchases DOUBLE PRECISION,
    expected_spend     DECIMAL(30, 4),
    clv                DECIMAL(30, 4),
    value_level        VARCHAR(8)     NOT NULL,
    CONSTRAINT crm_customer_value_pk PRIMARY KEY (tenant_id, customer_id),
    CONSTRAINT crm_customer_value_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id),
    CONSTRAINT crm_customer_value_prediction CHECK ((p_alive IS NULL) = (clv IS NULL))
);
