package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.ValidationException;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A storage with a schema and a table prefix creates and uses its tables there, apart from every other storage. */
class SchemaAndPrefixTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void every_table_and_the_history_table_are_created_in_the_schema_with_the_prefix_and_none_elsewhere(Dialect dialect) throws Exception {
        try (HikariDataSource dataSource = TestDatabases.pool(TestDatabases.freshUrl(dialect), 2)) {
            // when
            JdbcStorage storage = JdbcStorage.builder(dataSource).schema("crm").tablePrefix("shop_").build();

            // then
            Set<String> expected = new TreeSet<>();
            MigrationScripts.of(dialect).tables().forEach(t -> expected.add("shop_" + t.substring("crm_".length())));
            expected.add("shop_schema_history");
            assertThat(storage.historyTable()).isEqualTo("shop_schema_history");
            assertThat(tables(dataSource, "crm")).isEqualTo(expected);
            assertThat(tables(dataSource, "public")).isEmpty();
            assertThat(storage.migrate()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void two_storages_with_different_prefixes_in_one_schema_keep_their_data_and_histories_apart(Dialect dialect) throws Exception {
        try (HikariDataSource dataSource = TestDatabases.pool(TestDatabases.freshUrl(dialect), 4)) {
            // given
            Crm first = Crm.builder().storage(JdbcStorage.builder(dataSource).tablePrefix("first_").build()).build();
            Crm second = Crm.builder().storage(JdbcStorage.builder(dataSource).tablePrefix("second_").build()).build();
            TenantId tenant = Tenants.fresh();

            // when
            Customer li = first.customers().register(RegisterCustomer.of(tenant, "Li Lei", SourceChannel.APP));

            // then
            assertThat(first.customers().find(tenant, li.id())).isPresent();
            assertThat(second.customers().find(tenant, li.id())).isEmpty();
            assertThat(first.outbox().pending()).isEqualTo(1);
            assertThat(second.outbox().pending()).isZero();
            assertThat(tables(dataSource, "public")).contains("first_customer", "second_customer", "first_schema_history",
                    "second_schema_history");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_storage_in_a_schema_beside_a_default_one_on_the_same_database_sees_none_of_its_rows(Dialect dialect) throws Exception {
        try (HikariDataSource dataSource = TestDatabases.pool(TestDatabases.freshUrl(dialect), 4)) {
            // given
            Crm plain = Crm.builder().storage(JdbcStorage.create(dataSource)).build();
            Crm renamed = Crm.builder().storage(JdbcStorage.builder(dataSource).schema("shop").tablePrefix("crmkit_").build()).build();
            TenantId tenant = Tenants.fresh();

            // when
            Customer li = renamed.customers().register(RegisterCustomer.of(tenant, "Li Lei", SourceChannel.APP));
            renamed.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
            renamed.loyalty().grant(new GrantPoints(tenant, li.id(), ProgrammeId.DEFAULT, "g-1", 100, "welcome", null, "test"));

            // then
            assertThat(renamed.loyalty().balance(tenant, li.id(), ProgrammeId.DEFAULT).available()).isEqualTo(100);
            assertThat(plain.customers().find(tenant, li.id())).isEmpty();
            assertThat(plain.loyalty().programme(tenant, ProgrammeId.DEFAULT)).isEmpty();
            assertThat(tables(dataSource, "public")).contains("crm_customer", "crm_schema_history");
            assertThat(tables(dataSource, "shop")).contains("crmkit_customer", "crmkit_schema_history");
        }
    }

    @Test
    void on_postgresql_the_ledger_in_the_schema_stays_append_only_under_its_own_names() throws Exception {
        try (HikariDataSource dataSource = TestDatabases.pool(TestDatabases.freshUrl(Dialect.POSTGRESQL), 2)) {
            // given
            Crm crm = Crm.builder().storage(JdbcStorage.builder(dataSource).schema("shop").tablePrefix("crmkit_").build()).build();
            TenantId tenant = Tenants.fresh();
            Customer li = crm.customers().register(RegisterCustomer.of(tenant, "Li Lei", SourceChannel.APP));
            crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
            crm.loyalty().grant(new GrantPoints(tenant, li.id(), ProgrammeId.DEFAULT, "g-1", 100, "welcome", null, "test"));

            // when / then
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM shop.crmkit_points_entry WHERE tenant_id = '" + tenant.value() + "'"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("crmkit_points_entry is append-only");
            }
        }
    }

    @Test
    void a_schema_or_prefix_that_is_no_plain_identifier_is_refused_before_anything_is_created() throws Exception {
        try (HikariDataSource dataSource = TestDatabases.pool(TestDatabases.freshUrl(Dialect.H2), 1)) {
            assertThatThrownBy(() -> JdbcStorage.builder(dataSource).schema("shop; DROP TABLE x").build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("schema");
            assertThatThrownBy(() -> JdbcStorage.builder(dataSource).tablePrefix("Shop-").build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("tablePrefix");
            assertThat(tables(dataSource, "public")).isEmpty();
        }
    }

    /** The tables in {@code schema}, in lower case. */
    private static Set<String> tables(HikariDataSource dataSource, String schema) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection c = dataSource.getConnection()) {
            String stored = c.getMetaData().storesUpperCaseIdentifiers() ? schema.toUpperCase(Locale.ROOT) : schema;
            try (ResultSet rs = c.getMetaData().getTables(null, stored, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }
}
