package org.crmkit.spring;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What the tests ask of a database's catalogue. */
final class Tables {

    private Tables() {}

    /** Whether {@code database} has a table named exactly {@code table} (H2 folds unquoted names to upper case). */
    static boolean exists(DataSource database, String table) throws SQLException {
        try (Connection c = database.getConnection()) {
            return c.getMetaData().getTables(null, null, table, null).next();
        }
    }
}
