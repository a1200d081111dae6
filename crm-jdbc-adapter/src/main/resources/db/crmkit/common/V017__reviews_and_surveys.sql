-- Reviews and surveys (marketing context). A review is one row per reviewed order line (unique
-- per tenant, order and product) and per idempotency key; the product's rating is one row of five
-- counters updated in the same unit of work as each publication or rejection, so reading a rating
-- costs one row. A survey holds its questions as JSON; a response is one row per customer and
-- survey, its answers as JSON. Every primary key starts with tenant_id.

CREATE TABLE crm_review (
    tenant_id         VARCHAR(64)   NOT NULL,
    review_id         VARCHAR(64)   NOT NULL,
    idempotency_key   VARCHAR(100)  NOT NULL,
    fingerprint       VARCHAR(64)   NOT NULL,
    customer_id       VARCHAR(64)   NOT NULL,
    order_id          VARCHAR(128)  NOT NULL,
    sku               VARCHAR(64)   NOT NULL,
    stars             INTEGER       NOT NULL,
    review_text       ${long_text}  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    moderation_reason VARCHAR(500),
    programme_id      VARCHAR(64),
    points_awarded    BIGINT        NOT NULL,
    written_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    moderated_at      TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL,
    CONSTRAINT crm_review_pk PRIMARY KEY (tenant_id, review_id),
    CONSTRAINT crm_review_key UNIQUE (tenant_id, idempotency_key),
    CONSTRAINT crm_review_line UNIQUE (tenant_id, order_id, sku),
    CONSTRAINT crm_review_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id),
    CONSTRAINT crm_review_stars CHECK (stars BETWEEN 1 AND 5)
);

CREATE INDEX crm_review_by_customer ON crm_review (tenant_id, customer_id);
CREATE INDEX crm_review_by_product ON crm_review (tenant_id, sku, status, review_id);

CREATE TABLE crm_product_rating (
    tenant_id  VARCHAR(64) NOT NULL,
    sku        VARCHAR(64) NOT NULL,
    stars_1    BIGINT      NOT NULL,
    stars_2    BIGINT      NOT NULL,
    stars_3    BIGINT      NOT NULL,
    stars_4    BIGINT      NOT NULL,
    stars_5    BIGINT      NOT NULL,
    CONSTRAINT crm_product_rating_pk PRIMARY KEY (tenant_id, sku),
    CONSTRAINT crm_product_rating_counts CHECK (stars_1 >= 0 AND stars_2 >= 0 AND stars_3 >= 0 AND stars_4 >= 0 AND stars_5 >= 0)
);

CREATE TABLE crm_survey (
    tenant_id     VARCHAR(64)  NOT NULL,
    survey_code   VARCHAR(64)  NOT NULL,
    definition    ${long_text} NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT crm_survey_pk PRIMARY KEY (tenant_id, survey_code)
);

CREATE TABLE crm_survey_response (
    tenant_id      VARCHAR(64)  NOT NULL,
    survey_code    VARCHAR(64)  NOT NULL,
    customer_id    VARCHAR(64)  NOT NULL,
    fingerprint    VARCHAR(64)  NOT NULL,
    answers        ${long_text} NOT NULL,
    points_awarded BIGINT       NOT NULL,
    responded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT crm_survey_response_pk PRIMARY KEY (tenant_id, survey_code, customer_id),
    CONSTRAINT crm_survey_response_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES crm_customer (tenant_id, customer_id)
);

CREATE INDEX crm_survey_response_by_customer ON crm_survey_response (tenant_id, customer_id);
