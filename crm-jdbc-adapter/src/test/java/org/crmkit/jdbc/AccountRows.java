package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.crmkit.loyalty.AccountRef;

/** Writes rows behind the library's back, to give a points account a long history in one statement. */
final class AccountRows {

    private AccountRows() {}

    /** A row source of one column {@code x} numbering 1 to {@code n}, for {@code SELECT ... FROM} it. */
    static String numbers(Dialect dialect, int n) {
        return dialect == Dialect.H2 ? "SYSTEM_RANGE(1, " + n + ")" : "generate_series(1, " + n + ") AS s(x)";
    }

    /** Runs {@code sql}, whose three parameters are the account's tenant, customer and programme, in that order. */
    static void update(Connection c, AccountRef ref, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, ref.tenantId().value());
            s.setString(2, ref.customerId().value());
            s.setString(3, ref.programmeId().value());
            s.executeUpdate();
        }
    }
}
