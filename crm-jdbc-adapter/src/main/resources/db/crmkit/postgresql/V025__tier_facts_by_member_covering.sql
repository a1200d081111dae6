-- A purchase reads every tier fact of its member (TierFacts.ofMember), and the monthly assessment
-- the facts of a page of members, through crm_tier_fact_by_member, which held the key columns only:
-- each fact was then read from the table's heap too. With the selected columns included, the reads
-- can be index-only scans (on the heap pages the visibility map marks all-visible). The rebuild
-- blocks writes to crm_tier_fact while it runs, as any CREATE INDEX in a migration does.
DROP INDEX crm_tier_fact_by_member;
CREATE INDEX crm_tier_fact_by_member ON crm_tier_fact (tenant_id, customer_id, programme_id, at, fact_key)
    INCLUDE (order_id, spend_units, orders, growth);
