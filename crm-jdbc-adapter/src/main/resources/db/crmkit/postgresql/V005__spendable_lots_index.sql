-- The lots a spend reads, and only those: soonest-expiring first, then those that never expire.
-- A partial index holds only the account's spendable lots, so its range stays as short as the lots
-- a member can still spend, however many closed lots (and dead index entries from the ones just
-- closed) the account has piled up. Without it PostgreSQL, with statistics that lag a busy table,
-- was seen reading a hot account's spend through crm_points_lot_by_order and filtering every one
-- of its 3,790 lots (0.9 ms for a query that takes 10 microseconds here).
CREATE INDEX crm_points_lot_spendable ON crm_points_lot (tenant_id, customer_id, programme_id, expires_at, earned_at, lot_id)
    WHERE status = 'AVAILABLE' AND remaining > 0;
