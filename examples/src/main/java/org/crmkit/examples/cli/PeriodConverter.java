package org.crmkit.examples.cli;

import java.util.Locale;
import org.crmkit.value.btyd.PeriodUnit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code days} or {@code weeks}, any case. */
final class PeriodConverter implements ITypeConverter<PeriodUnit> {

    @Override
    public PeriodUnit convert(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "days", "day" -> PeriodUnit.DAYS;
            case "weeks", "week" -> PeriodUnit.WEEKS;
            default -> throw new TypeConversionException("'" + value + "' is not a period; use days or weeks");
        };
    }
}
