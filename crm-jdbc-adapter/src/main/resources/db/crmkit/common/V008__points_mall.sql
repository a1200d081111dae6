-- The points mall (offer context): reward catalogues per tenant and loyalty programme, with each
-- item's stock counter beside its definition; per-customer counters of the units held in live
-- orders; and the mall orders, idempotent by their redemption's key. Redemption locks the item row
-- and the customer's counter row, checks stock and limit under those locks and writes both back, so
-- that neither is ever exceeded. Every primary key starts with tenant_id.

CREATE TABLE crm_mall_item (
    tenant_id          VARCHAR(64)    NOT NULL,
    programme_id       VARCHAR(64)    NOT NULL,
    item_code          VARCHAR(64)    NOT NULL,
    name               VARCHAR(800)   NOT NULL,
    points_price       BIGINT         NOT NULL,
    cash_currency      CHAR(3),
    cash_price         DECIMAL(19, 4),
    stock              BIGINT,
    per_customer_limit INTEGER,
    -- a JSON array of tier codes, sorted; [] for everyone
    tier_codes         VARCHAR(2000)  NOT NULL,
    valid_from         DATE,
    valid_until        DATE,
    fulfilment         VARCHAR(16)    NOT NULL,
    reserved           BIGINT         NOT NULL,
    version            BIGINT         NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT crm_mall_item_pk PRIMARY KEY (tenant_id, programme_id, item_code),
    CONSTRAINT crm_mall_item_reserved CHECK (reserved >= 0)
);

CREATE TABLE crm_mall_held (
    tenant_id    VARCHAR(64) NOT NULL,
    programme_id VARCHAR(64) NOT NULL,
    item_code    VARCHAR(64) NOT NULL,
    customer_id  VARCHAR(64) NOT NULL,
    units        BIGINT      NOT NULL,
    CONSTRAINT crm_mall_held_pk PRIMARY KEY (tenant_id, programme_id, item_code, customer_id),
    CONSTRAINT crm_mall_held_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id),
    CONSTRAINT crm_mall_held_units CHECK (units >= 0)
);

CREATE TABLE crm_mall_order (
    tenant_id          VARCHAR(64)    NOT NULL,
    order_id           VARCHAR(64)    NOT NULL,
    operation_key      VARCHAR(128)   NOT NULL,
    fingerprint        VARCHAR(64)    NOT NULL,
    customer_id        VARCHAR(64)    NOT NULL,
    programme_id       VARCHAR(64)    NOT NULL,
    item_code          VARCHAR(64)    NOT NULL,
    fulfilment         VARCHAR(16)    NOT NULL,
    quantity           INTEGER        NOT NULL,
    points             BIGINT         NOT NULL,
    cash_currency      CHAR(3),
    cash_amount        DECIMAL(19, 4),
    status             VARCHAR(16)    NOT NULL,
    reward_code        VARCHAR(64),
    tracking_reference VARCHAR(800),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT         NOT NULL,
    CONSTRAINT crm_mall_order_pk PRIMARY KEY (tenant_id, order_id),
    CONSTRAINT crm_mall_order_key UNIQUE (tenant_id, operation_key),
    CONSTRAINT crm_mall_order_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id)
);

CREATE INDEX crm_mall_order_by_customer ON crm_mall_order (tenant_id, customer_id, created_at);
CREATE INDEX crm_mall_order_by_item ON crm_mall_order (tenant_id, programme_id, item_code, status);
