-- Erasure (PIPL, GDPR): on PostgreSQL this version lets the append-only trigger of
-- crm_points_entry accept an UPDATE of the free-text reason alone. H2 has no such trigger (the
-- adapter alone keeps the ledger append-only), so there is nothing to change here; the file keeps
-- both dialects at the same schema version.
SELECT 1;
