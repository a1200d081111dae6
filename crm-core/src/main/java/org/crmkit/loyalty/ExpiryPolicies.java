package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.crmkit.loyalty.spi.ExpiryPolicy;
import org.crmkit.loyalty.spi.ExpiryPolicyFactory;
import org.crmkit.shared.PluginKinds;

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

    private static final List<ExpiryPolicyFactory> BUILT_INS = List.of(
            new BuiltIn("never", arg -> never()),
            new BuiltIn("rolling-months", arg -> rollingMonths(number(arg))),
            new BuiltIn("end-of-year", arg -> endOfYear(number(arg))),
            new BuiltIn("end-of-month", arg -> endOfMonth(number(arg))));

    private final PluginKinds<ExpiryPolicyFactory, ExpiryPolicy> factories;

    private ExpiryPolicies(PluginKinds<ExpiryPolicyFactory, ExpiryPolicy> factories) {
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
     * A registry of {@code extra}, the factories {@link java.util.ServiceLoader} finds and the
     * built-in kinds, by one rule: explicit beats discovered beats built-in ({@link PluginKinds}). A
     * factory that fails to load is logged and skipped. {@code Crm.builder().expiryPolicyFactory}
     * adds to {@code extra}.
     */
    public static ExpiryPolicies registry(List<ExpiryPolicyFactory> extra) {
        return new ExpiryPolicies(PluginKinds.of("expiry policy", ExpiryPolicyFactory.class, ExpiryPolicyFactory::kind,
                ExpiryPolicyFactory::create, extra, BUILT_INS));
    }

    /**
     * A policy as a storage reads it back from its {@link ExpiryPolicy#spec()}: a built-in kind as
     * that policy, any other kind as a stand-in that only knows its spec. The loyalty service
     * replaces the stand-in with what its registry makes of the spec (so a storage adapter needs no
     * plug-ins); the stand-in itself refuses to compute an expiry.
     *
     * @throws IllegalArgumentException if the spec names a built-in kind with an invalid argument
     */
    public static ExpiryPolicy stored(String spec) {
        int colon = spec.indexOf(':');
        String kind = colon < 0 ? spec : spec.substring(0, colon);
        for (ExpiryPolicyFactory builtIn : BUILT_INS) {
            if (builtIn.kind().equals(kind)) {
                return builtIn.create(colon < 0 ? "" : spec.substring(colon + 1));
            }
        }
        return new Stored(spec);
    }

    /**
     * Recreates a policy from its {@link ExpiryPolicy#spec()}.
     *
     * @throws IllegalArgumentException if no factory knows the kind (the message lists the known
     *     ones and how to register a factory) or the argument is invalid
     */
    public ExpiryPolicy parse(String spec) {
        return factories.parse(spec);
    }

    /** {@code programme} with its expiry policy as this registry makes it from the stored spec. */
    LoyaltyProgramme resolve(LoyaltyProgramme programme) {
        ExpiryPolicy made = parse(programme.expiry().spec());
        if (made.equals(programme.expiry())) {
            return programme;
        }
        return new LoyaltyProgramme(programme.tenantId(), programme.id(), programme.pointsName(), programme.cashRate(),
                programme.rounding(), made, programme.pendingPeriod(), programme.holdTtl(), programme.debtPolicy(),
                programme.redemptionLimits(), programme.zone(), programme.earning());
    }

    private static int number(String argument) {
        try {
            return Integer.parseInt(argument);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expiry policy argument must be a whole number but was '" + argument + "'", e);
        }
    }

    /** A factory of a built-in kind. */
    private record BuiltIn(String kind, Function<String, ExpiryPolicy> make) implements ExpiryPolicyFactory {
        @Override
        public ExpiryPolicy create(String argument) {
            return make.apply(argument);
        }
    }

    /** A policy of a plug-in kind, read back from storage before the registry made it. */
    private record Stored(String spec) implements ExpiryPolicy {
        @Override
        public Optional<Instant> expiresAt(Instant earnedAt, ZoneId zone) {
            throw new IllegalStateException("the expiry policy '" + spec + "' was read from storage but not made by a registry;"
                    + " read programmes through LoyaltyService");
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
