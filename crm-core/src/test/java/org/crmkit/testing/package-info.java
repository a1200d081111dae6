/**
 * Test fixtures shipped in crm-core's test jar: a movable clock, fresh tenants, builders for
 * customers, commands and loyalty programmes, and an outbox reader for shared storages.
 */
package org.crmkit.testing;
