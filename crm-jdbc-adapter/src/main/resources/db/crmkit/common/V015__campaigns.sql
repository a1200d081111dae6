-- Marketing context, campaigns (issue 16): each launched campaign (its definition as JSON, its
-- audience counts once the snapshot is complete) and its audience, snapshotted at launch, one row
-- per customer with the group and the send status. shard_key (a non-negative hash of the customer
-- id) spreads sending over shards; the customer index serves frequency caps and privacy export.

CREATE TABLE crm_campaign (
    tenant_id   VARCHAR(64)  NOT NULL,
    campaign_id VARCHAR(64)  NOT NULL,
    launched_at TIMESTAMP WITH TIME ZONE NOT NULL,
    targets     BIGINT       NOT NULL,
    controls    BIGINT       NOT NULL,
    definition  ${long_text} NOT NULL,
    CONSTRAINT crm_campaign_pk PRIMARY KEY (tenant_id, campaign_id)
);

CREATE TABLE crm_campaign_member (
    tenant_id   VARCHAR(64)  NOT NULL,
    campaign_id VARCHAR(64)  NOT NULL,
    customer_id VARCHAR(64)  NOT NULL,
    control     BOOLEAN      NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    settled_at  TIMESTAMP WITH TIME ZONE,
    reason      VARCHAR(500),
    shard_key   INTEGER      NOT NULL,
    CONSTRAINT crm_campaign_member_pk PRIMARY KEY (tenant_id, campaign_id, customer_id)
);

CREATE INDEX crm_campaign_member_customer ON crm_campaign_member (tenant_id, customer_id, settled_at);
