-- Spending reads an account's available lots soonest-expiring first, only as many as it needs:
-- this index hands them over in that order without sorting every open lot.
CREATE INDEX crm_points_lot_spend ON crm_points_lot (tenant_id, customer_id, programme_id, status, expires_at, earned_at, lot_id);
