-- Checkouts held for orders (the offer context's checkout quote): one row per order reference in a
-- tenant, holding the quote as JSON, its status, and the keys that held and closed it. Updated in
-- place by optimistic version: a checkout is a small aggregate, not a ledger (the points it holds
-- live in the points ledger, append-only).
CREATE TABLE crm_checkout (
    tenant_id    VARCHAR(64)  NOT NULL,
    order_ref    VARCHAR(128) NOT NULL,
    customer_id  VARCHAR(64)  NOT NULL,
    hold_key     VARCHAR(200) NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    close_key    VARCHAR(200),
    status       VARCHAR(16)  NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    quoted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    quote        ${long_text} NOT NULL,
    CONSTRAINT crm_checkout_pk PRIMARY KEY (tenant_id, order_ref),
    CONSTRAINT crm_checkout_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id)
);

CREATE INDEX crm_checkout_customer ON crm_checkout (tenant_id, customer_id);
