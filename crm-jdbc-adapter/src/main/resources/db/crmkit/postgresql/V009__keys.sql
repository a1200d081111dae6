-- Issue 19: the longest ids the commands accept must fit.
-- A loyalty event's aggregate id is its account, tenant/customer/programme: up to 64 + 1 + 64 + 1 + 64
-- = 194 characters, more than the 128 of V001. Counter names (crm_counter.name) are CompositeKeys of
-- customer, programme, order or reference without the tenant; the longest, a review bonus with a
-- 128-character reference of ':' and a 64-character customer id of ':', is 463 characters and fits
-- the 500 of V002, so that column stays as it is.
-- Counters written before this version under the old, ambiguous names are not rewritten: the old
-- names cannot always be split back into their parts (that was the bug), and crmkit is unreleased.
ALTER TABLE crm_outbox ALTER COLUMN aggregate_id SET DATA TYPE VARCHAR(200);
