package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.crmkit.Crm;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the services {@link Crm} hands out runs its body through {@link
 * ServiceCalls}, so an observer hears each operation named after it without a walk of the stack:
 * a method left out would be named after a service it calls (the loyalty part of a purchase
 * named {@code loyalty.earnForPurchase}), not after itself.
 */
class ServiceCallsTest {

    @Test
    void every_public_method_of_every_service_runs_through_service_calls() {
        // given
        List<Class<?>> services = Arrays.stream(Crm.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                .<Class<?>>map(m -> m.getReturnType())
                .filter(type -> OperationNames.serviceOf(type.getName()) != null)
                .distinct()
                .toList();
        // when
        List<String> bypassing = services.stream()
                .map(type -> new ClassFileImporter().importClass(type))
                .flatMap(type -> type.getMethods().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.STATIC))
                .filter(m -> !m.getModifiers().contains(JavaModifier.SYNTHETIC) && !m.getModifiers().contains(JavaModifier.BRIDGE))
                .filter(m -> !callsServiceCalls(m))
                .map(JavaMethod::getFullName)
                .toList();
        // then
        assertThat(services).hasSize(18);
        assertThat(bypassing).isEmpty();
    }

    @Test
    void a_call_from_a_class_that_is_no_service_names_nothing_so_the_stack_is_asked() {
        // given
        ServiceCalls.observing();
        // when
        String inside = ServiceCalls.call(ServiceCalls::current);
        // then
        assertThat(inside).isNull();
    }

    @Test
    void host_code_run_from_inside_a_service_call_is_outside_it_and_the_call_goes_on_named_after() {
        // given
        String[] seen = new String[3];
        // when
        ServiceCalls.named("segments.forEachMember", () -> {
            seen[0] = ServiceCalls.current();
            ServiceCalls.outside(() -> seen[1] = ServiceCalls.current());
            seen[2] = ServiceCalls.current();
            return null;
        });
        // then
        assertThat(seen).containsExactly("segments.forEachMember", null, "segments.forEachMember");
        assertThat(ServiceCalls.current()).isNull();
    }

    private static boolean callsServiceCalls(JavaMethod method) {
        return method.getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getTargetOwner().isEquivalentTo(ServiceCalls.class)
                        && (call.getName().equals("call") || call.getName().equals("run")));
    }
}
