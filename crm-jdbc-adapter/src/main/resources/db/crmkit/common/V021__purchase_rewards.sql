-- Offer context, purchase rewards (购物返券, issue 15): rules that give coupons of a template for a
-- purchase reaching a threshold, defined per tenant (the rule as JSON). The coupons they give are
-- ordinary rows of crm_coupon, found by their issue key reward/<reward id>/<order id>/<n>.

CREATE TABLE crm_coupon_reward (
    tenant_id   VARCHAR(64)  NOT NULL,
    reward_id   VARCHAR(64)  NOT NULL,
    definition  ${long_text} NOT NULL,
    CONSTRAINT crm_coupon_reward_pk PRIMARY KEY (tenant_id, reward_id)
);
