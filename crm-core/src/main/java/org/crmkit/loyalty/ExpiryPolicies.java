package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.crmkit.loyalty.spi.ExpiryPolicy;
import org.crmkit.loyalty.spi.ExpiryPolicyFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in expiry policies, and the registry that turns stored specs back into policies.
 *
 * <ul>
 *   <li>{@link #never()} — {@code never}
 *   <li>{@link #rollingMonths(int)} — {@code rolling-months:N}: N months after earning, to the instant
 *   <li>{@link #endOfYear(int)} — {@code end-of-year:N}: at the end of the Nth calendar year after the
 *       year of earning, in the programme's zone (N = 0: this year's 31 December, 24:00)
 *   <li>{@link #endOfMonth(int)} — {@code end-of-month:N}: at the end of the Nth calendar month after
 *       the month of earning, in the programme's zone
 * </ul>
 *
 * @since 0.1
 */
public final class ExpiryPolicies {

    private static final Logger log = LoggerFactory.getLogger(ExpiryPolicies.class);

    private final Map<String, ExpiryPolicyFactory> factories;

    private ExpiryPolicies(Map<String, ExpiryPolicyFactory> factories) {
        this.factories = factories;
    }

    /** Points never expire. */
    public static ExpiryPolicy never() {
        return new Never();
    }

    /** Points expire {@code months} months after they were earned. */
    public static ExpiryPolicy rollingMonths(int months) {
        return new RollingMonths(months);
    }

    /** Points expire at the end of the {@code years}th calendar year after the year they were earned. */
    public static ExpiryPolicy endOfYear(int years) {
        return new EndOfYear(years);
    }

    /** Points expire at the end of the {@code months}th calendar month after the month they were earned. */
    public static ExpiryPolicy endOfMonth(int months) {
        return new EndOfMonth(months);
    }

    /**
     * A registry of the built-in kinds, the factories found by {@link ServiceLoader} and {@code
     * extra} (which win over discovered ones of the same kind). A factory that fails to load is
     * logged and skipped.
     */
    public static ExpiryPolicies registry(List<ExpiryPolicyFactory> extra) {
        Map<String, ExpiryPolicyFactory> factories = new HashMap<>();
        for (ExpiryPolicyFactory builtIn : List.of(
                factory("never", arg -> never()),
                factory("rolling-months", arg -> rollingMonths(number(arg))),
                factory("end-of-year", arg -> endOfYear(number(arg))),
                factory("end-of-month", arg -> endOfMonth(number(arg))))) {
            factories.put(builtIn.kind(), builtIn);
        }
        ServiceLoader<ExpiryPolicyFactory> loader = ServiceLoader.load(ExpiryPolicyFactory.class, ExpiryPolicies.class.getClassLoader());
        for (var provider = loader.stream().iterator(); provider.hasNext(); ) {
            try {
                ExpiryPolicyFactory found = provider.next().get();
                factories.put(found.kind(), found);
            } catch (java.util.ServiceConfigurationError e) {
                log.warn("skipping an expiry policy factory that failed to load", e);
            }
        }
        extra.forEach(f -> factories.put(f.kind(), f));
        return new ExpiryPolicies(Map.copyOf(factories));
    }

    /**
     * Recreates a policy from its {@link ExpiryPolicy#spec()}.
     *
     * @throws IllegalArgumentException if no factory knows the kind or the argument is invalid
     */
    public ExpiryPolicy parse(String spec) {
        int colon = spec.indexOf(':');
        String kind = colon < 0 ? spec : spec.substring(0, colon);
        String argument = colon < 0 ? "" : spec.substring(colon + 1);
        ExpiryPolicyFactory factory = factories.get(kind);
        checkArgument(factory != null, "no expiry policy of kind '%s'; known kinds: %s", kind, factories.keySet());
        return factory.create(argument);
    }

    private static ExpiryPolicyFactory factory(String kind, java.util.function.Function<String, ExpiryPolicy> create) {
        return new ExpiryPolicyFactory() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public ExpiryPolicy create(String argument) {
                return create.apply(argument);
            }
        };
    }

    private static int number(String argument) {
        try {
            return Integer.parseInt(argument);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expiry policy argument must be a whole number but was '" + argument + "'", e);
        }
    }

    private record Never() implements ExpiryPolicy {
        @Override
        public Optional<Instant> expiresAt(Instant earnedAt, ZoneId zone) {
            return Optional.empty();
        }

        @Override
        public String spec() {
            return "never";
        }
    }

    private record RollingMonths(int months) implements ExpiryPolicy {
        RollingMonths {
            checkArgument(months >= 1 && months <= 1200, "rolling months must be within 1 and 1200 but was %s", months);
        }

        @Override
        public Optional<Instant> expiresAt(Instant earnedAt, ZoneId zone) {
            return Optional.of(ZonedDateTime.ofInstant(earnedAt, zone).plusMonths(months).toInstant());
        }

        @Override
        public String spec() {
            return "rolling-months:" + months;
        }
    }

    private record EndOfYear(int years) implements ExpiryPolicy {
        EndOfYear {
            checkArgument(years >= 0 && years <= 100, "years must be within 0 and 100 but was %s", years);
        }

        @Override
        public Optional<Instant> expiresAt(Instant earnedAt, ZoneId zone) {
            int year = ZonedDateTime.ofInstant(earnedAt, zone).getYear();
            return Optional.of(LocalDate.of(year + years + 1, 1, 1).atStartOfDay(zone).toInstant());
        }

        @Override
        public String spec() {
            return "end-of-year:" + years;
        }
    }

    private record EndOfMonth(int months) implements ExpiryPolicy {
        EndOfMonth {
            checkArgument(months >= 0 && months <= 1200, "months must be within 0 and 1200 but was %s", months);
        }

        @Override
        public Optional<Instant> expiresAt(Instant earnedAt, ZoneId zone) {
            LocalDate firstOfMonth = ZonedDateTime.ofInstant(earnedAt, zone).toLocalDate().withDayOfMonth(1);
            return Optional.of(firstOfMonth.plusMonths(months + 1L).atStartOfDay(zone).toInstant());
        }

        @Override
        public String spec() {
            return "end-of-month:" + months;
        }
    }
}
