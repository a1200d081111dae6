-- Complaint context: cases (queryable columns beside the whole case as a JSON document, read
-- back as one), per-tenant-and-year case-number counters, the audit trail, each tenant's case
-- policy (JSON) and opinion survey answers.
-- Every primary key starts with tenant_id so the schema can be distributed by tenant.

CREATE TABLE crm_case_counter (
    tenant_id    VARCHAR(64) NOT NULL,
    counter_year INTEGER     NOT NULL,
    last_number  BIGINT      NOT NULL,
    CONSTRAINT crm_case_counter_pk PRIMARY KEY (tenant_id, counter_year)
);

CREATE TABLE crm_case (
    tenant_id         VARCHAR(64)  NOT NULL,
    case_id           VARCHAR(64)  NOT NULL,
    case_number       VARCHAR(32)  NOT NULL,
    request_key       VARCHAR(128),
    customer_id       VARCHAR(64)  NOT NULL,
    case_type         VARCHAR(16)  NOT NULL,
    category          VARCHAR(64)  NOT NULL,
    channel           VARCHAR(16)  NOT NULL,
    status            VARCHAR(24)  NOT NULL,
    is_open           BOOLEAN      NOT NULL,
    priority          VARCHAR(2)   NOT NULL,
    team              VARCHAR(64)  NOT NULL,
    agent             VARCHAR(64),
    escalation_level  INTEGER      NOT NULL,
    sla_state         VARCHAR(16)  NOT NULL,
    -- the earliest due instant of a running target; 9999-12-31 when no clock runs, so queues sort it last
    sla_due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    sla_next_check_at TIMESTAMP WITH TIME ZONE,
    -- CaseId.bucket(): shard i of n is MOD(bucket, n) = i
    bucket            INTEGER      NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL,
    body              CHARACTER VARYING(1000000) NOT NULL,
    CONSTRAINT crm_case_pk PRIMARY KEY (tenant_id, case_id),
    CONSTRAINT crm_case_number_unique UNIQUE (tenant_id, case_number),
    CONSTRAINT crm_case_request_key_unique UNIQUE (tenant_id, request_key),
    CONSTRAINT crm_case_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id)
);

CREATE INDEX crm_case_by_customer ON crm_case (tenant_id, customer_id, opened_at, case_id);
CREATE INDEX crm_case_team_queue ON crm_case (tenant_id, team, is_open, sla_due_at, case_id);
CREATE INDEX crm_case_agent_queue ON crm_case (tenant_id, agent, is_open, sla_due_at, case_id);
CREATE INDEX crm_case_by_sla_state ON crm_case (tenant_id, is_open, sla_state, sla_due_at, case_id);
CREATE INDEX crm_case_by_opened ON crm_case (tenant_id, opened_at, case_id);
CREATE INDEX crm_case_due_check ON crm_case (sla_next_check_at, tenant_id, case_id);

CREATE TABLE crm_case_audit (
    tenant_id    VARCHAR(64)  NOT NULL,
    case_id      VARCHAR(64)  NOT NULL,
    sequence     BIGINT       NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    audit_action VARCHAR(32)  NOT NULL,
    from_status  VARCHAR(24),
    to_status    VARCHAR(24)  NOT NULL,
    note         VARCHAR(10000),
    CONSTRAINT crm_case_audit_pk PRIMARY KEY (tenant_id, case_id, sequence),
    CONSTRAINT crm_case_audit_case_fk FOREIGN KEY (tenant_id, case_id)
        REFERENCES crm_case (tenant_id, case_id)
);

CREATE TABLE crm_case_policy (
    tenant_id VARCHAR(64) NOT NULL,
    -- JSON (Jackson): the business calendar, SLA rules, routing table and escalation settings
    policy    CHARACTER VARYING(1000000) NOT NULL,
    CONSTRAINT crm_case_policy_pk PRIMARY KEY (tenant_id)
);

CREATE TABLE crm_nps_response (
    tenant_id   VARCHAR(64)   NOT NULL,
    survey_key  VARCHAR(128)  NOT NULL,
    customer_id VARCHAR(64)   NOT NULL,
    score       INTEGER       NOT NULL,
    remark      VARCHAR(4000),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT crm_nps_response_pk PRIMARY KEY (tenant_id, survey_key),
    CONSTRAINT crm_nps_response_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id),
    CONSTRAINT crm_nps_response_score CHECK (score BETWEEN 0 AND 10)
);

CREATE INDEX crm_nps_response_by_time ON crm_nps_response (tenant_id, at, survey_key);
CREATE INDEX crm_nps_response_by_customer ON crm_nps_response (tenant_id, customer_id, at);
