package org.crmkit.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.UUID;

/** The adapter assigns no ids of its own: every id comes from the {@code Crm}'s id generator. */
@AnalyzeClasses(packages = "org.crmkit.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterArchitectureTest {

    @ArchTest
    static final ArchRule ids_come_from_the_id_generator = noClasses()
            .should().callMethod(UUID.class, "randomUUID")
            .because("every id comes from the IdGenerator given to Crm.builder() (time-ordered UUIDv7 by default)");
}
