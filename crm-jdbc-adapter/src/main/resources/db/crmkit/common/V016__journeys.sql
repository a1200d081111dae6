-- Marketing context, triggered journeys (issue 16): each journey (its definition as JSON) and each
-- time one fired for a customer in a window, with why; the primary key makes a journey fire at
-- most once per customer and window.

CREATE TABLE crm_journey (
    tenant_id   VARCHAR(64)  NOT NULL,
    journey_id  VARCHAR(64)  NOT NULL,
    definition  ${long_text} NOT NULL,
    CONSTRAINT crm_journey_pk PRIMARY KEY (tenant_id, journey_id)
);

CREATE TABLE crm_journey_firing (
    tenant_id   VARCHAR(64)  NOT NULL,
    journey_id  VARCHAR(64)  NOT NULL,
    customer_id VARCHAR(64)  NOT NULL,
    window_key  VARCHAR(16)  NOT NULL,
    fired_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    explanation VARCHAR(1000) NOT NULL,
    reason      VARCHAR(500),
    CONSTRAINT crm_journey_firing_pk PRIMARY KEY (tenant_id, journey_id, window_key, customer_id)
);

CREATE INDEX crm_journey_firing_customer ON crm_journey_firing (tenant_id, customer_id);
