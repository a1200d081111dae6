package org.crmkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Inside the value context, from the bottom up:
 *
 * <pre>
 * value.btyd.internal (maths)  &lt;-  value.btyd (models)  &lt;-  value.scoring  &lt;-  value (ValueService)
 *                                        value.history   &lt;-  value.scoring
 * </pre>
 *
 * The maths knows nothing of crmkit; the models know numbers and the shared kernel only; scoring
 * adds the purchase history. Storage, the customer context and the lifecycle come in at the
 * {@code ValueService} facade.
 */
@AnalyzeClasses(packages = "org.crmkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ValuePackagesTest {

    private static final String[] PLATFORM = {"java..", "com.google.common..", "org.slf4j..", "org.jspecify.annotations.."};

    @ArchTest
    static final ArchRule the_maths_depends_on_nothing_in_crmkit = classes()
            .that().resideInAPackage("org.crmkit.value.btyd.internal..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(with("org.crmkit.value.btyd.internal.."))
            .because("the numerics are general mathematics; nothing about customers belongs in them");

    @ArchTest
    static final ArchRule only_the_models_use_the_maths = noClasses()
            .that().resideOutsideOfPackage("org.crmkit.value.btyd..")
            .should().dependOnClassesThat().resideInAPackage("org.crmkit.value.btyd.internal..")
            .because("the maths package is not API; the models are the way to it");

    @ArchTest
    static final ArchRule the_models_know_only_numbers_and_the_shared_kernel = classes()
            .that().resideInAPackage("org.crmkit.value.btyd..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(with("org.crmkit.value.btyd..", "org.crmkit.shared.."))
            .because("the BTYD models take numbers and give numbers: no tenant, storage, history or other context");

    @ArchTest
    static final ArchRule scoring_knows_no_storage_and_no_other_context = classes()
            .that().resideInAPackage("org.crmkit.value.scoring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(with("org.crmkit.value.scoring..", "org.crmkit.value.history..",
                    "org.crmkit.value.btyd", "org.crmkit.shared..", "jakarta.validation.."))
            .because("scoring turns the purchase history into figures; ValueService stores them and tells the lifecycle");

    @ArchTest
    static final ArchRule the_history_knows_no_figures = noClasses()
            .that().resideInAPackage("org.crmkit.value.history..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crmkit.value.scoring..", "org.crmkit.value.btyd..")
            .because("every figure is computed from the history, never the other way round");

    @ArchTest
    static final ArchRule the_value_packages_have_no_cycles = slices().matching("org.crmkit.value.(**)")
            .should().beFreeOfCycles();

    private static String[] with(String... packages) {
        String[] all = new String[PLATFORM.length + packages.length];
        System.arraycopy(PLATFORM, 0, all, 0, PLATFORM.length);
        System.arraycopy(packages, 0, all, PLATFORM.length, packages.length);
        return all;
    }
}
