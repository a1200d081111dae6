-- One row per tenant that has published events. A unit of work that writes events locks its
-- tenant's row (adding its events to published) just before it inserts them, and holds the lock
-- until it commits: the tenant's next unit with events waits for that commit before it inserts its
-- own, so each tenant's events take their outbox ids in the order their units commit, and a drain
-- in id order per tenant hands them over in commit order. The lock is the last a unit takes.
CREATE TABLE crm_outbox_head (
    tenant_id VARCHAR(64) NOT NULL,
    published BIGINT      NOT NULL,
    CONSTRAINT crm_outbox_head_pk PRIMARY KEY (tenant_id)
);
