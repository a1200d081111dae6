package org.crmkit.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.Connection;
import java.util.UUID;
import org.crmkit.architecture.ArchitectureTest;

/**
 * The adapter assigns no ids of its own (every id comes from the {@code Crm}'s id generator), and
 * runs only prepared statements, whose SQL the storage's table names map; every package is
 * {@code @NullMarked}.
 */
@AnalyzeClasses(packages = "org.crmkit.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterArchitectureTest {

    @ArchTest
    static final ArchRule ids_come_from_the_id_generator = noClasses()
            .should().callMethod(UUID.class, "randomUUID")
            .because("every id comes from the IdGenerator given to Crm.builder() (time-ordered UUIDv7 by default)");

    @ArchTest
    static final ArchRule every_package_is_null_marked = classes()
            .should(ArchitectureTest.resideInANullMarkedPackage());

    @ArchTest
    static final ArchRule only_prepared_statements_run = noClasses()
            .should().callMethod(Connection.class, "createStatement")
            .because("TableNames maps the SQL of prepared statements to the schema and prefix; a plain Statement's SQL would miss it");
}
