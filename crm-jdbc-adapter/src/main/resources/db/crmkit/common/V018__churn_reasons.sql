-- Churn reasons (customer context): why a customer left, recorded when they churn or are won back
-- (seed 004: 企业自身的原因 / 客户自身的原因), one row per recording, idempotent by its key. The
-- customer's current reason is also the churn-reason:<code> tag that ChurnDimension.CHURN_REASON
-- reads; these rows keep the history, the side and the note for the reason report.

CREATE TABLE crm_churn_reason (
    tenant_id       VARCHAR(64)   NOT NULL,
    idempotency_key VARCHAR(100)  NOT NULL,
    fingerprint     VARCHAR(64)   NOT NULL,
    customer_id     VARCHAR(64)   NOT NULL,
    occasion        VARCHAR(16)   NOT NULL,
    reason_code     VARCHAR(40)   NOT NULL,
    side            VARCHAR(16)   NOT NULL,
    note            VARCHAR(1000),
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT crm_churn_reason_pk PRIMARY KEY (tenant_id, idempotency_key),
    CONSTRAINT crm_churn_reason_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id)
);

CREATE INDEX crm_churn_reason_by_time ON crm_churn_reason (tenant_id, recorded_at);
CREATE INDEX crm_churn_reason_by_customer ON crm_churn_reason (tenant_id, customer_id, recorded_at);
-- a code keeps its side within a tenant: recording a reason looks up the side it was first given
CREATE INDEX crm_churn_reason_by_code ON crm_churn_reason (tenant_id, reason_code);
