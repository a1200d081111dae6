--liquibase formatted sql

--changeset host:1
CREATE TABLE host_invoices (invoice_id VARCHAR(64) PRIMARY KEY);
