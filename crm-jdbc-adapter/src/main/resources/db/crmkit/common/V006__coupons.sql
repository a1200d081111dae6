-- Offer context, coupons (issue 15): templates (their definition as JSON), issued coupons (unique
-- per tenant by the key that issued them), claim codes and the checkout locks of orders. Stock,
-- per-customer limits and code claims are counters in crm_counter, locked by the unit of work that
-- issues. shard_hash spreads the settle job (timed-out locks, ended coupons) over shards.

CREATE TABLE crm_coupon_template (
    tenant_id   VARCHAR(64)  NOT NULL,
    template_id VARCHAR(64)  NOT NULL,
    definition  ${long_text} NOT NULL,
    CONSTRAINT crm_coupon_template_pk PRIMARY KEY (tenant_id, template_id)
);

CREATE TABLE crm_coupon (
    tenant_id       VARCHAR(64)    NOT NULL,
    coupon_id       VARCHAR(64)    NOT NULL,
    template_id     VARCHAR(64)    NOT NULL,
    customer_id     VARCHAR(64)    NOT NULL,
    issue_key       VARCHAR(200)   NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    order_reference VARCHAR(128),
    locked_until    TIMESTAMP WITH TIME ZONE,
    currency        CHAR(3),
    discount        DECIMAL(19, 4),
    shard_hash      INTEGER        NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT crm_coupon_pk PRIMARY KEY (tenant_id, coupon_id),
    CONSTRAINT crm_coupon_issue_key UNIQUE (tenant_id, issue_key),
    CONSTRAINT crm_coupon_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id),
    CONSTRAINT crm_coupon_template_fk FOREIGN KEY (tenant_id, template_id)
        REFERENCES crm_coupon_template (tenant_id, template_id)
);

CREATE INDEX crm_coupon_by_customer ON crm_coupon (tenant_id, customer_id, issued_at);
CREATE INDEX crm_coupon_by_template ON crm_coupon (tenant_id, template_id, status);
CREATE INDEX crm_coupon_ending ON crm_coupon (valid_until, status);

CREATE TABLE crm_coupon_code (
    tenant_id   VARCHAR(64) NOT NULL,
    code        VARCHAR(64) NOT NULL,
    template_id VARCHAR(64) NOT NULL,
    claim_limit BIGINT      NOT NULL CHECK (claim_limit > 0),
    CONSTRAINT crm_coupon_code_pk PRIMARY KEY (tenant_id, code),
    CONSTRAINT crm_coupon_code_template_fk FOREIGN KEY (tenant_id, template_id)
        REFERENCES crm_coupon_template (tenant_id, template_id)
);

CREATE TABLE crm_coupon_lock (
    tenant_id         VARCHAR(64)    NOT NULL,
    order_reference   VARCHAR(128)   NOT NULL,
    idempotency_key   VARCHAR(128)   NOT NULL,
    fingerprint       VARCHAR(64)    NOT NULL,
    customer_id       VARCHAR(64)    NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    currency          CHAR(3)        NOT NULL,
    lines_discount    DECIMAL(19, 4) NOT NULL,
    shipping_discount DECIMAL(19, 4) NOT NULL,
    free_shipping     BOOLEAN        NOT NULL,
    applied           ${long_text}   NOT NULL,
    shard_hash        INTEGER        NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT crm_coupon_lock_pk PRIMARY KEY (tenant_id, order_reference),
    CONSTRAINT crm_coupon_lock_key UNIQUE (tenant_id, idempotency_key)
);

CREATE INDEX crm_coupon_lock_due ON crm_coupon_lock (status, expires_at);
