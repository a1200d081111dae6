package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crmkit.Crm;
import org.junit.jupiter.api.Test;

/**
 * Every public service that {@link Crm} hands out names its operations after its accessor: a
 * service missing from {@link OperationNames}' list would have its operations named {@code other}
 * (as nine of them were), and the walk for their names would run to the bottom of the stack.
 */
class OperationNamesTest {

    @Test
    void every_service_crm_hands_out_is_named_after_its_accessor() {
        // given: Crm's accessors of its services, the final classes of crmkit's own
        Map<String, String> accessors = Arrays.stream(Crm.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> isService(m.getReturnType()))
                .collect(Collectors.toMap(m -> m.getReturnType().getName(), Method::getName, (a, b) -> a, TreeMap::new));
        // when
        Map<String, String> named = accessors.keySet().stream()
                .collect(Collectors.toMap(c -> c, c -> String.valueOf(OperationNames.serviceOf(c)), (a, b) -> a, TreeMap::new));
        // then
        assertThat(accessors).hasSizeGreaterThanOrEqualTo(18);
        assertThat(named).isEqualTo(accessors);
    }

    @Test
    void a_class_that_is_not_a_public_service_has_no_name() {
        assertThat(OperationNames.serviceOf("org.crmkit.loyalty.LedgerOperations")).isNull();
        assertThat(OperationNames.serviceOf(Crm.class.getName())).isNull();
    }

    /** A service: a final class in crmkit's own packages (not a port such as the event outbox, nor a JDK type such as the clock). */
    private static boolean isService(Class<?> type) {
        return type.getName().startsWith("org.crmkit.") && !type.isInterface() && Modifier.isFinal(type.getModifiers())
                && (type.getSimpleName().endsWith("Service") || type.getSimpleName().equals("CustomerTimeline"));
    }
}
