-- What only H2 has for the stored-value cards (V009).

-- H2 has no partial indexes: the expiry scan's index holds every card (expired ones with a null due_at).
CREATE INDEX crm_card_due ON crm_card (due_at);

-- The card ledger is append-only; H2 has no trigger for it (one would need a Java class on H2's
-- class path), so, as for crm_points_entry, the adapter alone never issues UPDATE or DELETE on
-- crm_card_entry.
