/**
 * The JDBC storage: every crmkit port over plain parameterised SQL on H2 or PostgreSQL, with its
 * own Flyway migrations. Start at {@link org.crmkit.jdbc.JdbcStorage#create(javax.sql.DataSource)},
 * or at {@link org.crmkit.jdbc.JdbcStorage#builder(javax.sql.DataSource)} to join the host's own
 * transactions through {@link org.crmkit.jdbc.HostTransactions}.
 */
@NullMarked
package org.crmkit.jdbc;

import org.jspecify.annotations.NullMarked;
