-- Running totals hold what the API accepts over a customer's lifetime: up to 2^63 orders of 10^12
-- units each (DECIMAL(19, 4) overflowed after about a thousand orders at the limit).
ALTER TABLE crm_purchase_summary ALTER COLUMN paid SET DATA TYPE DECIMAL(38, 4);
ALTER TABLE crm_purchase_summary ALTER COLUMN refunded SET DATA TYPE DECIMAL(38, 4);
ALTER TABLE crm_customer_value ALTER COLUMN monetary SET DATA TYPE DECIMAL(38, 4);
ALTER TABLE crm_customer_value ALTER COLUMN expected_spend SET DATA TYPE DECIMAL(38, 4);
ALTER TABLE crm_customer_value ALTER COLUMN clv SET DATA TYPE DECIMAL(38, 4);
