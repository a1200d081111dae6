-- What only PostgreSQL has for the stored-value cards (V009).

-- The expiry scan reads only the active cards that can expire.
CREATE INDEX crm_card_due ON crm_card (due_at) WHERE due_at IS NOT NULL;

-- The card ledger is append-only: the database refuses to change or remove an entry. Unlike the
-- points ledger, no column is exempt: an entry holds ids, amounts and times, no free text, so
-- erasure has nothing to rewrite. On Citus, where a trigger keeps a table from being distributed
-- (unless citus.enable_unsafe_triggers is on), this script is the one to replace: the trigger
-- lives here, apart from the tables of V009.
CREATE FUNCTION crm_card_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'crm_card_entry is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER crm_card_entry_append_only
    BEFORE UPDATE OR DELETE ON crm_card_entry
    FOR EACH ROW EXECUTE FUNCTION crm_card_entry_append_only();
