-- A programme's pending period and hold TTL are Durations, not whole seconds: the fraction of a
-- second is kept beside the seconds, so a programme reads back as it was saved (a 500 ms hold TTL
-- stored as 0 s made the programme unreadable).
ALTER TABLE crm_loyalty_programme ADD COLUMN pending_nanos INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE crm_loyalty_programme ADD COLUMN hold_ttl_nanos INTEGER DEFAULT 0 NOT NULL;
