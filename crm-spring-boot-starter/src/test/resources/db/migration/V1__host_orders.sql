-- The test application's own Flyway migration, beside crmkit's.
CREATE TABLE host_orders (order_id VARCHAR(64) PRIMARY KEY);
