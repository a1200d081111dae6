/**
 * The JDBC storage: every crmkit port over plain parameterised SQL on H2 or PostgreSQL, with its
 * own Flyway migrations. Start at {@link org.crmkit.jdbc.JdbcStorage#create(javax.sql.DataSource)}.
 */
package org.crmkit.jdbc;
