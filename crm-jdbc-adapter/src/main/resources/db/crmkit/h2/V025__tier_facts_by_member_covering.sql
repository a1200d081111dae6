-- A purchase reads every tier fact of its member (TierFacts.ofMember), and the monthly assessment
-- the facts of a page of members, through crm_tier_fact_by_member. That index held the key columns
-- only, so H2 fetched each fact's row from the table by its row key: one page look-up per fact, the
-- facts of a member scattered over the table's pages, 58% of the facts read's time in a profile of
-- the purchase benchmark at 60 facts a member. Rebuilt with the columns the reads select, H2
-- answers them from the index alone (TableFilter takes a column from the index row when it has it).
DROP INDEX crm_tier_fact_by_member;
CREATE INDEX crm_tier_fact_by_member ON crm_tier_fact (tenant_id, customer_id, programme_id, at, fact_key, order_id, spend_units,
    orders, growth);
