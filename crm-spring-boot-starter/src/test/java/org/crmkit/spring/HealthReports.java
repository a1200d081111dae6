package org.crmkit.spring;

import java.lang.reflect.Method;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * Reads the {@code crmkit} health indicator of a context on either Boot line (their health types
 * live in different packages), through the methods both have.
 */
final class HealthReports {

    /** A health as the indicator reported it. */
    record Report(String status, Map<String, Object> details) {}

    private HealthReports() {}

    @SuppressWarnings("unchecked")
    static Report of(ApplicationContext context) throws ReflectiveOperationException {
        Object indicator = context.getBean("crmkitHealthIndicator");
        Object health = publicMethod(indicator, "health").invoke(indicator);
        Object status = health.getClass().getMethod("getStatus").invoke(health);
        String code = (String) status.getClass().getMethod("getCode").invoke(status);
        return new Report(code, (Map<String, Object>) health.getClass().getMethod("getDetails").invoke(health));
    }

    /** The interface's method, callable whatever the class's own access. */
    private static Method publicMethod(Object target, String name) throws NoSuchMethodException {
        for (Class<?> type : target.getClass().getInterfaces()) {
            try {
                return type.getMethod(name);
            } catch (NoSuchMethodException e) {
                // not on this interface
            }
        }
        throw new NoSuchMethodException(name + " on the interfaces of " + target.getClass());
    }
}
