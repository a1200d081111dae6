-- The outbox's ids come from its identity column, so they are unique without a unique index of
-- their own; and a unique index that leaves out tenant_id keeps Citus from distributing the table
-- by tenant (Citus enforces uniqueness per shard only). The primary key (tenant_id, id) stays the
-- outbox's one uniqueness; a plain index on id keeps the drain's oldest-first read on one database.
DROP INDEX crm_outbox_by_id;
CREATE INDEX crm_outbox_in_order ON crm_outbox (id);
