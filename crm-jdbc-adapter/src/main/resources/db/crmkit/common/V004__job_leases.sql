-- Leases on the shards of crmkit's batch jobs (JobLeases), so that every application instance can
-- run the jobs with no shard settings: one row per job, shard count and shard; an instance takes a
-- shard that is due and not leased (or whose lease expired, its holder having died) with one
-- compare-and-set UPDATE, runs it, and records the success and the shard's next due time.
-- Not tenant data: each job serves every tenant, so the key does not start with a tenant id.
CREATE TABLE crm_job_lease (
    job_name     VARCHAR(100) NOT NULL,
    shard_count  INTEGER      NOT NULL,
    shard        INTEGER      NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_id     VARCHAR(36),
    owner        VARCHAR(200),
    leased_until TIMESTAMP WITH TIME ZONE,
    last_success TIMESTAMP WITH TIME ZONE,
    last_failure TIMESTAMP WITH TIME ZONE,
    CONSTRAINT crm_job_lease_pk PRIMARY KEY (job_name, shard_count, shard)
);
