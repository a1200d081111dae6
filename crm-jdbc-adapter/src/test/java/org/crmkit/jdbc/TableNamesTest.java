package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.crmkit.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** How SQL written with the canonical crm_ names is mapped to a storage's schema and table prefix. */
class TableNamesTest {

    private static final Set<String> TABLES = Set.of("crm_customer", "crm_points_receipt");
    private final TableNames shop = new TableNames("shop", "s_", TABLES);

    @Test
    void a_statement_names_its_tables_in_the_schema_with_the_prefix() {
        assertThat(shop.statement("SELECT c.x FROM crm_customer c JOIN crm_points_receipt r ON r.k = c.k WHERE c.crm_flag = ?"))
                .isEqualTo("SELECT c.x FROM shop.s_customer c JOIN shop.s_points_receipt r ON r.k = c.k WHERE c.crm_flag = ?");
    }

    @Test
    void a_constraint_or_index_name_takes_the_prefix_but_no_schema() {
        assertThat(shop.statement("INSERT INTO crm_points_receipt (k) VALUES (?) ON CONFLICT ON CONSTRAINT crm_points_receipt_pk DO NOTHING"))
                .isEqualTo("INSERT INTO shop.s_points_receipt (k) VALUES (?) ON CONFLICT ON CONSTRAINT s_points_receipt_pk DO NOTHING");
    }

    @Test
    void names_that_only_contain_the_prefix_or_are_quoted_or_qualified_are_left_alone() {
        assertThat(shop.statement("SELECT xcrm_customer, \"crm_customer\", other.crm_customer, crm_ FROM t"))
                .isEqualTo("SELECT xcrm_customer, \"crm_customer\", other.crm_customer, crm_ FROM t");
    }

    @Test
    void a_migration_takes_the_prefix_everywhere_and_no_schema_since_flyway_runs_it_in_the_schema() {
        assertThat(shop.migration("CREATE TABLE crm_customer (id INT, CONSTRAINT crm_customer_pk PRIMARY KEY (id));"))
                .isEqualTo("CREATE TABLE s_customer (id INT, CONSTRAINT s_customer_pk PRIMARY KEY (id));");
    }

    @Test
    void the_canonical_names_map_nothing_and_hand_back_the_very_same_text_and_connection() {
        // given
        TableNames canonical = new TableNames(null, "crm_", TABLES);
        String sql = "SELECT * FROM crm_customer";

        // then
        assertThat(canonical.renames()).isFalse();
        assertThat(canonical.statement(sql)).isSameAs(sql);
        assertThat(canonical.migration(sql)).isSameAs(sql);
        assertThat(canonical.historyTable()).isEqualTo(JdbcStorage.HISTORY_TABLE);
    }

    @Test
    void a_statement_is_mapped_once_and_the_mapping_kept() {
        String sql = "SELECT * FROM crm_customer";
        assertThat(shop.statement(sql)).isSameAs(shop.statement(sql));
    }

    @Test
    void the_history_table_takes_the_prefix() {
        assertThat(shop.historyTable()).isEqualTo("s_schema_history");
    }

    @Test
    void a_schema_or_prefix_that_is_no_plain_identifier_or_too_long_is_refused_naming_each_problem() {
        assertThatThrownBy(() -> TableNames.check("Shop-1", "1_"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("schema").hasMessageContaining("Shop-1")
                .hasMessageContaining("tablePrefix").hasMessageContaining("1_");
        assertThatThrownBy(() -> TableNames.check(null, "a".repeat(TableNames.MAX_PREFIX_LENGTH + 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("1 to 24 characters");
        assertThatThrownBy(() -> TableNames.check("s".repeat(64), "crm_"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("1 to 63 characters");
        assertThatThrownBy(() -> TableNames.check(null, ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("tablePrefix");
        TableNames.check("shop_2", "a".repeat(TableNames.MAX_PREFIX_LENGTH));
    }
}
