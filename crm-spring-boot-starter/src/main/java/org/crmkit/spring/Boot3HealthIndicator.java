package org.crmkit.spring;

import com.google.common.base.Suppliers;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;
import org.springframework.beans.factory.FactoryBean;

/**
 * crmkit's health on Spring Boot 3.5, whose {@code HealthIndicator} is another type in another
 * package than Boot 4.0's: the starter is compiled against Boot 4.0 only, so this makes a proxy
 * of Boot 3.5's interface and builds its {@code Health} by name. A factory bean, so that Spring
 * knows the bean's type ({@link #getObjectType}) before making it and Actuator finds it.
 */
final class Boot3HealthIndicator implements FactoryBean<Object> {

    static final String INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";
    private static final String HEALTH = "org.springframework.boot.actuate.health.Health";

    private final Supplier<CrmHealth> health;
    private final ClassLoader classLoader = Boot3HealthIndicator.class.getClassLoader();

    /** {@code health} is asked for at the first check, once crmkit's beans are all made. */
    Boot3HealthIndicator(Supplier<CrmHealth> health) {
        this.health = Suppliers.memoize(health::get);
    }

    @Override
    public Object getObject() {
        Class<?> indicator = type(INDICATOR);
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "health" -> method.getParameterCount() == 0 ? build() : InvocationHandler.invokeDefault(proxy, method, args);
            case "getHealth" -> InvocationHandler.invokeDefault(proxy, method, args);
            case "toString" -> "crmkit health indicator (Spring Boot 3)";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : unsupported(method);
        };
        return Proxy.newProxyInstance(classLoader, new Class<?>[] {indicator}, handler);
    }

    @Override
    public Class<?> getObjectType() {
        return type(INDICATOR);
    }

    /** {@code Health.status(status).withDetails(details).build()} of Boot 3.5. */
    private Object build() throws ReflectiveOperationException {
        CrmHealth.Report report = health.get().check();
        Object builder = type(HEALTH).getMethod("status", String.class).invoke(null, report.status());
        builder = builder.getClass().getMethod("withDetails", java.util.Map.class).invoke(builder, report.details());
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private Class<?> type(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is missing: this indicator is made only when it is on the class path", e);
        }
    }

    private static Object unsupported(Method method) {
        throw new UnsupportedOperationException(method.toString());
    }
}
