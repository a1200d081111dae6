package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crmkit.jdbc.PersonalDataColumns.Column;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every text column the migrations create is declared in {@link PersonalDataColumns}, as personal
 * data with the erase step that covers it or as not personal with a reason; a migration that adds
 * an undeclared text column fails this test, which names the column. And the declaration names no
 * column that does not exist.
 */
class PersonalDataColumnsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void every_text_column_of_every_table_is_declared_personal_or_not(Dialect dialect) throws SQLException {
        String url = TestDatabases.freshUrl(dialect);
        try (HikariDataSource pool = TestDatabases.pool(url, 2)) {
            // given
            JdbcStorage.create(pool);

            // when
            List<SchemaScan.TextColumn> columns = SchemaScan.textColumns(pool);

            // then
            List<String> undeclared = new ArrayList<>();
            for (SchemaScan.TextColumn c : columns) {
                if (PersonalDataColumns.find(c.table(), c.column()).isEmpty()) {
                    undeclared.add(c.toString());
                }
            }
            assertThat(columns).hasSizeGreaterThan(100);
            assertThat(undeclared)
                    .as("text columns not declared in PersonalDataColumns: declare each as personal (with its erase step)"
                            + " or not personal (with the reason)")
                    .isEmpty();
            Set<String> present = columns.stream().map(c -> key(c.table(), c.column())).collect(Collectors.toSet());
            Set<String> stale = new TreeSet<>();
            for (Column declared : PersonalDataColumns.all()) {
                if (!present.contains(key(declared.table(), declared.column()))) {
                    stale.add(key(declared.table(), declared.column()));
                }
            }
            assertThat(stale).as("declared columns the schema does not have (or no longer as text)").isEmpty();
        }
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
