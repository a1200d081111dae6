/**
 * Test fixtures shipped in crm-core's test jar: a movable clock, fresh tenants, builders for
 * customers and commands, and an outbox reader for shared storages.
 */
package org.crmkit.testing;
