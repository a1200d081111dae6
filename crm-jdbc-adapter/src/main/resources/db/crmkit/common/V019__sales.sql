-- Sales context: leads, opportunities with their append-only stage history, each tenant's funnel,
-- follow-up tasks, business accounts with their contacts, and the accounts' invoices. A lead, an
-- opportunity, a task and an account are small aggregates kept as one JSON document each, beside
-- the columns that find and guard them (updated in place by optimistic version); the creation key is
-- the idempotency key that created the row, unique per tenant.

CREATE TABLE crm_sales_lead (
    tenant_id    VARCHAR(64)  NOT NULL,
    lead_id      VARCHAR(64)  NOT NULL,
    creation_key VARCHAR(128) NOT NULL,
    -- the customer it was converted into, or null
    customer_id  VARCHAR(64),
    version      BIGINT       NOT NULL,
    doc          ${long_text} NOT NULL,
    CONSTRAINT crm_sales_lead_pk PRIMARY KEY (tenant_id, lead_id),
    CONSTRAINT crm_sales_lead_key UNIQUE (tenant_id, creation_key)
);

CREATE INDEX crm_sales_lead_customer ON crm_sales_lead (tenant_id, customer_id);

CREATE TABLE crm_sales_opportunity (
    tenant_id      VARCHAR(64)  NOT NULL,
    opportunity_id VARCHAR(64)  NOT NULL,
    creation_key   VARCHAR(128) NOT NULL,
    customer_id    VARCHAR(64),
    version        BIGINT       NOT NULL,
    doc            ${long_text} NOT NULL,
    CONSTRAINT crm_sales_opportunity_pk PRIMARY KEY (tenant_id, opportunity_id),
    CONSTRAINT crm_sales_opportunity_key UNIQUE (tenant_id, creation_key)
);

CREATE INDEX crm_sales_opportunity_customer ON crm_sales_opportunity (tenant_id, customer_id);

-- Append-only: a step is never updated; the sequence is the opportunity's version after the step.
CREATE TABLE crm_sales_stage_step (
    tenant_id      VARCHAR(64) NOT NULL,
    opportunity_id VARCHAR(64) NOT NULL,
    sequence       BIGINT      NOT NULL,
    from_stage     VARCHAR(32),
    to_stage       VARCHAR(32) NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT crm_sales_stage_step_pk PRIMARY KEY (tenant_id, opportunity_id, sequence)
);

CREATE TABLE crm_sales_funnel (
    tenant_id VARCHAR(64)  NOT NULL,
    -- the open stages, comma-separated (stage names hold no comma)
    stages    VARCHAR(700) NOT NULL,
    CONSTRAINT crm_sales_funnel_pk PRIMARY KEY (tenant_id)
);

CREATE TABLE crm_sales_task (
    tenant_id    VARCHAR(64)  NOT NULL,
    task_id      VARCHAR(64)  NOT NULL,
    creation_key VARCHAR(128) NOT NULL,
    customer_id  VARCHAR(64),
    -- the reminder time while the reminder is still to be sent, null after: what the reminder run scans
    remind_due   TIMESTAMP WITH TIME ZONE,
    shard_hash   INTEGER      NOT NULL,
    version      BIGINT       NOT NULL,
    doc          ${long_text} NOT NULL,
    CONSTRAINT crm_sales_task_pk PRIMARY KEY (tenant_id, task_id),
    CONSTRAINT crm_sales_task_key UNIQUE (tenant_id, creation_key)
);

CREATE INDEX crm_sales_task_customer ON crm_sales_task (tenant_id, customer_id);
CREATE INDEX crm_sales_task_remind_due ON crm_sales_task (remind_due);

CREATE TABLE crm_sales_account (
    tenant_id    VARCHAR(64)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    creation_key VARCHAR(128) NOT NULL,
    version      BIGINT       NOT NULL,
    doc          ${long_text} NOT NULL,
    CONSTRAINT crm_sales_account_pk PRIMARY KEY (tenant_id, account_id),
    CONSTRAINT crm_sales_account_key UNIQUE (tenant_id, creation_key)
);

-- Which customers are contacts of which accounts, rewritten with each account change.
CREATE TABLE crm_sales_account_customer (
    tenant_id   VARCHAR(64) NOT NULL,
    customer_id VARCHAR(64) NOT NULL,
    account_id  VARCHAR(64) NOT NULL,
    CONSTRAINT crm_sales_account_customer_pk PRIMARY KEY (tenant_id, customer_id, account_id)
);

CREATE TABLE crm_sales_invoice (
    tenant_id   VARCHAR(64)    NOT NULL,
    account_id  VARCHAR(64)    NOT NULL,
    invoice_ref VARCHAR(128)   NOT NULL,
    amount      DECIMAL(25, 4) NOT NULL CHECK (amount > 0),
    currency    CHAR(3)        NOT NULL,
    issued_on   DATE           NOT NULL,
    due_on      DATE           NOT NULL,
    paid_on     DATE,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT crm_sales_invoice_pk PRIMARY KEY (tenant_id, account_id, invoice_ref)
);

CREATE INDEX crm_sales_invoice_due ON crm_sales_invoice (tenant_id, account_id, due_on);
