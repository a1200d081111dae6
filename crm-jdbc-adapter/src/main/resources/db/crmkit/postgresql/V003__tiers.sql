-- Tier context: ladders per programme, memberships, the facts that move a member's
-- qualifying metric (idempotent by key) and the append-only tier history.
-- Every primary key starts with tenant_id so the schema can be distributed by tenant.

CREATE TABLE crm_tier_ladder (
    tenant_id    VARCHAR(64) NOT NULL,
    programme_id VARCHAR(64) NOT NULL,
    zone         VARCHAR(64) NOT NULL,
    -- JSON documents (Jackson): decimals keep their scale, the retention period its ISO text
    policy       TEXT NOT NULL,
    tiers        TEXT NOT NULL,
    CONSTRAINT crm_tier_ladder_pk PRIMARY KEY (tenant_id, programme_id)
);

CREATE TABLE crm_membership (
    tenant_id        VARCHAR(64)   NOT NULL,
    programme_id     VARCHAR(64)   NOT NULL,
    customer_id      VARCHAR(64)   NOT NULL,
    tier_code        VARCHAR(32)   NOT NULL,
    since            TIMESTAMP WITH TIME ZONE NOT NULL,
    upgraded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    joined_on        DATE          NOT NULL,
    last_assessed_on DATE,
    override_tier    VARCHAR(32),
    override_reason  VARCHAR(1000),
    override_actor   VARCHAR(200),
    override_until   TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT crm_membership_pk PRIMARY KEY (tenant_id, programme_id, customer_id),
    CONSTRAINT crm_membership_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id),
    CONSTRAINT crm_membership_override CHECK (override_tier IS NULL
        OR (override_reason IS NOT NULL AND override_actor IS NOT NULL AND override_until IS NOT NULL))
);

CREATE INDEX crm_membership_by_customer ON crm_membership (tenant_id, customer_id);

CREATE TABLE crm_tier_fact (
    tenant_id    VARCHAR(64)  NOT NULL,
    fact_key     VARCHAR(200) NOT NULL,
    customer_id  VARCHAR(64)  NOT NULL,
    programme_id VARCHAR(64)  NOT NULL,
    order_id     VARCHAR(128),
    spend_units  BIGINT       NOT NULL,
    orders       INTEGER      NOT NULL,
    growth       BIGINT       NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT crm_tier_fact_pk PRIMARY KEY (tenant_id, fact_key)
);

CREATE INDEX crm_tier_fact_by_member ON crm_tier_fact (tenant_id, customer_id, programme_id, at, fact_key);

CREATE TABLE crm_tier_history (
    tenant_id    VARCHAR(64)   NOT NULL,
    customer_id  VARCHAR(64)   NOT NULL,
    programme_id VARCHAR(64)   NOT NULL,
    sequence     BIGINT        NOT NULL,
    from_tier    VARCHAR(32),
    to_tier      VARCHAR(32)   NOT NULL,
    reason       VARCHAR(32)   NOT NULL,
    metric       BIGINT        NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    note         VARCHAR(1000),
    CONSTRAINT crm_tier_history_pk PRIMARY KEY (tenant_id, customer_id, programme_id, sequence)
);
