-- A check the database makes itself: crm_expect_rows(changed, expected, what) returns changed when
-- it equals expected and otherwise fails the statement (SQLSTATE CR001, the message `what`). A
-- version-guarded update sent in one round trip with the unit of work's COMMIT checks its row count
-- with it, so that a stale version aborts the transaction before the COMMIT runs: the client cannot
-- check a count there, since the transaction has ended when the answer arrives.
CREATE FUNCTION crm_expect_rows(changed BIGINT, expected BIGINT, what TEXT) RETURNS BIGINT LANGUAGE plpgsql AS $$
BEGIN
    IF changed IS DISTINCT FROM expected THEN
        RAISE EXCEPTION USING ERRCODE = 'CR001', MESSAGE = what;
    END IF;
    RETURN changed;
END;
$$;
