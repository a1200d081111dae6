-- Indexes that another index of the same table already is, or begins with: each row written paid
-- an entry in them, and no read needed them. H2 gives every foreign key an index of exactly its
-- columns when the constraint is made, before the tables' own CREATE INDEX ran, so the four
-- customer indexes below were its twins. crm_points_lot_spend begins with crm_points_lot_by_status's
-- columns: every read of an account's lots by status goes through it instead (EXPLAIN ANALYZE of
-- the spendable, open, next-due and settlement reads: the same rows scanned). RedundantIndexesTest
-- keeps it so.
DROP INDEX crm_membership_by_customer;
DROP INDEX crm_checkout_customer;
DROP INDEX crm_review_by_customer;
DROP INDEX crm_survey_response_by_customer;
DROP INDEX crm_points_lot_by_status;
