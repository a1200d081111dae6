-- crm_points_lot_spend begins with crm_points_lot_by_status's columns, so every read of an
-- account's lots by status can go through it, and each lot written paid an entry in both.
-- RedundantIndexesTest keeps every index of the schema needed.
DROP INDEX crm_points_lot_by_status;
