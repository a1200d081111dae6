package org.crmkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;

/**
 * Keeps the hexagon honest: the core knows no JDBC and no logging binding; bounded contexts talk
 * only through each other's public types; the shared kernel knows no context; model types do not
 * log.
 */
@AnalyzeClasses(packages = "org.crmkit", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {

    /** The bounded contexts, present and planned. */
    static final List<String> CONTEXTS = List.of("customer", "loyalty", "tier", "complaint", "value", "segment", "offer",
            "marketing");

    private static final String[] CONTEXT_PACKAGES =
            CONTEXTS.stream().map(c -> "org.crmkit." + c + "..").toArray(String[]::new);

    @ArchTest
    static final ArchRule core_does_not_touch_jdbc_or_a_logging_binding = noClasses()
            .that().resideInAPackage("org.crmkit..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.sql..", "javax.sql..", "..jdbc..", "..*jdbc*..",
                    "org.slf4j.impl..", "org.slf4j.simple..", "ch.qos.logback..")
            .because("crm-core must run without a database driver or a logging binding; those belong to adapters and hosts");

    @ArchTest
    static final ArchRule contexts_use_only_the_public_types_of_other_contexts = classes()
            .that().resideInAnyPackage(CONTEXT_PACKAGES)
            .should(useOnlyPublicTypesOfOtherContexts())
            .because("contexts talk through each other's public services and ports, not internals");

    @ArchTest
    static final ArchRule shared_kernel_knows_no_context = noClasses()
            .that().resideInAPackage("org.crmkit.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(CONTEXT_PACKAGES)
            .because("every context depends on the shared kernel, never the other way round");

    @ArchTest
    static final ArchRule model_types_do_not_log = noClasses()
            .that().resideInAnyPackage(CONTEXT_PACKAGES).and().areRecords()
            .should().dependOnClassesThat().resideInAPackage("org.slf4j..")
            .because("logging happens at services and adapters, never in model types");

    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk_guava_slf4j_jakarta_validation_and_jspecify = classes()
            .that().resideInAPackage("org.crmkit..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.crmkit..", "com.google.common..", "org.slf4j", "jakarta.validation..", "org.jspecify.annotations")
            .because("crm-core's dependencies are these few, as the README says; anything else belongs in an adapter");

    @ArchTest
    static final ArchRule ids_come_from_the_id_generator = noClasses()
            .that().resideInAPackage("org.crmkit..")
            .should().callMethod(UUID.class, "randomUUID")
            .because("every id comes from the IdGenerator given to Crm.builder() (time-ordered UUIDv7 by default)");

    @ArchTest
    static final ArchRule every_package_is_null_marked = classes()
            .that().resideInAPackage("org.crmkit..")
            .should(resideInANullMarkedPackage())
            .because("JSpecify: types are non-null unless marked @Nullable, in every package (package-info.java)");

    /** The class's package carries {@code @NullMarked} (in its package-info.java). */
    public static ArchCondition<JavaClass> resideInANullMarkedPackage() {
        return new ArchCondition<>("reside in a @NullMarked package") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!javaClass.getPackage().isAnnotatedWith(NullMarked.class)) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getPackageName() + " has no package-info.java annotated @NullMarked"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOnlyPublicTypesOfOtherContexts() {
        return new ArchCondition<>("use only public types of other contexts") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = contextOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> theirs = contextOf(target);
                    boolean otherContext = theirs.isPresent() && !theirs.equals(own);
                    if (otherContext && !target.getModifiers().contains(JavaModifier.PUBLIC)) {
                        events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription() + ", a non-public type of context " + theirs.get()));
                    }
                }
            }
        };
    }

    private static Optional<String> contextOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return CONTEXTS.stream()
                .filter(c -> name.equals("org.crmkit." + c) || name.startsWith("org.crmkit." + c + "."))
                .findFirst();
    }
}
